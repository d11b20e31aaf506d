-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('az', 'en', 'ru');

-- CreateEnum
CREATE TYPE "Unit" AS ENUM ('kg', 'g', 'l', 'piece', 'jar', 'bottle', 'box', 'm2', 'person', 'night');

-- CreateEnum
CREATE TYPE "CancellationPolicy" AS ENUM ('FLEXIBLE', 'MODERATE', 'STRICT');

-- CreateEnum
CREATE TYPE "DemandEventType" AS ENUM ('VIEW', 'SEARCH', 'FAVORITE', 'NOTIFY', 'CART_ADD', 'PURCHASE');

-- CreateEnum
CREATE TYPE "RevisionSubject" AS ENUM ('Product', 'Producer');

-- AlterTable: converted in place (Prisma's diff drops and re-adds the columns, losing their values);
-- the indexes on these columns are rebuilt by ALTER COLUMN ... TYPE
ALTER TABLE "User" ALTER COLUMN "locale" TYPE "Locale" USING "locale"::"Locale";

-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "unit" TYPE "Unit" USING "unit"::"Unit",
ALTER COLUMN "cancellationPolicy" DROP DEFAULT,
ALTER COLUMN "cancellationPolicy" TYPE "CancellationPolicy" USING "cancellationPolicy"::"CancellationPolicy",
ALTER COLUMN "cancellationPolicy" SET DEFAULT 'MODERATE';

-- AlterTable
ALTER TABLE "CheckoutGroup" ALTER COLUMN "locale" DROP DEFAULT,
ALTER COLUMN "locale" TYPE "Locale" USING "locale"::"Locale",
ALTER COLUMN "locale" SET DEFAULT 'az';

-- AlterTable
ALTER TABLE "OrderLine" ALTER COLUMN "unit" TYPE "Unit" USING "unit"::"Unit";

-- AlterTable
ALTER TABLE "MailOutbox" ALTER COLUMN "locale" DROP DEFAULT,
ALTER COLUMN "locale" TYPE "Locale" USING "locale"::"Locale",
ALTER COLUMN "locale" SET DEFAULT 'az';

-- AlterTable
ALTER TABLE "DemandEvent" ALTER COLUMN "type" TYPE "DemandEventType" USING "type"::"DemandEventType";

-- AlterTable
ALTER TABLE "Revision" ALTER COLUMN "subjectType" TYPE "RevisionSubject" USING "subjectType"::"RevisionSubject";
