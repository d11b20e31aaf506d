-- CreateEnum
CREATE TYPE "OrderEventStatus" AS ENUM ('PLACED', 'ACCEPTED', 'CONFIRMED', 'SHIPPED', 'READY_FOR_PICKUP', 'COMPLETED', 'CANCELLED', 'CANCEL_REQUESTED', 'CANCEL_DECLINED', 'REFUNDED', 'RETURN_REQUESTED', 'RETURN_ACCEPTED', 'RETURN_DECLINED', 'RETURN_RECEIVED', 'RETURN_CASH_BACK');

-- CreateEnum
CREATE TYPE "PayoutStatus" AS ENUM ('OPEN', 'PAID');

-- CreateEnum
CREATE TYPE "PayoutMethod" AS ENUM ('BANK', 'STRIPE');

-- CreateEnum
CREATE TYPE "PayoutBatchMethod" AS ENUM ('BANK', 'STRIPE', 'MIXED');

-- CreateEnum
CREATE TYPE "PaymentProblemKind" AS ENUM ('UNKNOWN_GROUP', 'SESSION_MISMATCH', 'AMOUNT_MISMATCH', 'CURRENCY_MISMATCH');

-- AlterTable: converted in place (Prisma's diff drops and re-adds the columns, losing their values)
ALTER TABLE "OrderEvent" ALTER COLUMN "status" TYPE "OrderEventStatus" USING "status"::"OrderEventStatus";

-- AlterTable
ALTER TABLE "PayoutBatch" ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "PayoutStatus" USING "status"::"PayoutStatus",
ALTER COLUMN "status" SET DEFAULT 'OPEN',
ALTER COLUMN "method" DROP DEFAULT,
ALTER COLUMN "method" TYPE "PayoutBatchMethod" USING "method"::"PayoutBatchMethod",
ALTER COLUMN "method" SET DEFAULT 'BANK';

-- AlterTable
ALTER TABLE "PayoutItem" ALTER COLUMN "method" DROP DEFAULT,
ALTER COLUMN "method" TYPE "PayoutMethod" USING "method"::"PayoutMethod",
ALTER COLUMN "method" SET DEFAULT 'BANK';

-- AlterTable
ALTER TABLE "PaymentProblem" ALTER COLUMN "kind" TYPE "PaymentProblemKind" USING "kind"::"PaymentProblemKind";
