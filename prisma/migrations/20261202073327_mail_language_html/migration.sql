-- Mail in the recipient's language: an account's language is null until the person chooses one
-- (sign-up, or switching language while signed in); existing values are kept. Mails get an HTML part.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'SHOPPER',
    "locale" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("id", "email", "name", "phone", "passwordHash", "role", "locale", "active", "passwordChangedAt", "createdAt", "updatedAt")
SELECT "id", "email", "name", "phone", "passwordHash", "role", "locale", "active", "passwordChangedAt", "createdAt", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

ALTER TABLE "MailOutbox" ADD COLUMN "html" TEXT NOT NULL DEFAULT '';
