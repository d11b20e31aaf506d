-- Bank details for payout batches (transfers are made by the programme's bank, not by Stripe).
ALTER TABLE "Producer" ADD COLUMN "bankHolder" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Producer" ADD COLUMN "bankIban" TEXT NOT NULL DEFAULT '';
