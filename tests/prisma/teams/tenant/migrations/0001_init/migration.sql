-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "ads";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "commerce";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'SELLER', 'CUSTOMER');

-- CreateEnum
CREATE TYPE "commerce"."SellpageStatus" AS ENUM ('PUBLISHED', 'DRAFT');

-- CreateEnum
CREATE TYPE "commerce"."OrderStatus" AS ENUM ('PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "commerce"."PaymentMethod" AS ENUM ('CARD', 'PAYPAL');

-- CreateEnum
CREATE TYPE "ads"."CampaignStatus" AS ENUM ('ACTIVE', 'PAUSED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ads"."OptimizationGoal" AS ENUM ('PURCHASE', 'INITIATE_CHECKOUT', 'LANDING_PAGE_VIEW');

-- CreateEnum
CREATE TYPE "ads"."AdLevel" AS ENUM ('CAMPAIGN', 'ADSET', 'AD');

-- CreateEnum
CREATE TYPE "ads"."review_status" AS ENUM ('in_review', 'approved');

-- CreateEnum
CREATE TYPE "ads"."AdSource" AS ENUM ('facebook', 'instagram', 'organic');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Seller" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "Seller_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Sellpage" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "status" "commerce"."SellpageStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "Sellpage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Customer" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Order" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "sellpageId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "customerEmail" TEXT NOT NULL,
    "customerName" TEXT NOT NULL,
    "status" "commerce"."OrderStatus" NOT NULL,
    "paymentMethod" "commerce"."PaymentMethod" NOT NULL,
    "subtotalCents" INTEGER NOT NULL,
    "shippingFeeCents" INTEGER NOT NULL,
    "discountCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,
    "importedAt" TIMESTAMPTZ(6) NOT NULL,
    "priority" SMALLINT NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "lastViewedAt" TIMESTAMP(3),

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."OrderItem" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,
    "lineTotalCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "OrderItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."OrderEvent" (
    "id" SERIAL NOT NULL,
    "orderId" TEXT NOT NULL,
    "status" "commerce"."OrderStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ads"."Campaign" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "sellpageId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "ads"."CampaignStatus" NOT NULL,
    "dailyBudgetCents" INTEGER NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,
    "launchedOn" DATE NOT NULL,
    "archivedReason" TEXT,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ads"."Adset" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "ads"."CampaignStatus" NOT NULL,
    "optimizationGoal" "ads"."OptimizationGoal" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "Adset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ads"."Ad" (
    "id" TEXT NOT NULL,
    "adsetId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "ads"."CampaignStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,
    "reviewStatus" "ads"."review_status",

    CONSTRAINT "Ad_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ads"."AdStatsDaily" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "level" "ads"."AdLevel" NOT NULL,
    "entityId" TEXT NOT NULL,
    "statDate" TIMESTAMP(3) NOT NULL,
    "impressions" INTEGER NOT NULL,
    "linkClicks" INTEGER NOT NULL,
    "contentViews" INTEGER NOT NULL,
    "checkoutInitiated" INTEGER NOT NULL,
    "purchases" INTEGER NOT NULL,
    "purchaseValueCents" BIGINT NOT NULL,
    "spendCents" BIGINT NOT NULL,
    "ctr" DECIMAL(65,30) NOT NULL,
    "cpc" DECIMAL(65,30) NOT NULL,
    "cpm" DECIMAL(65,30) NOT NULL,
    "costPerPurchase" DECIMAL(65,30) NOT NULL,
    "roas" DECIMAL(65,30) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "AdStatsDaily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ads"."AdStatsRaw" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "adId" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" JSONB NOT NULL,

    CONSTRAINT "AdStatsRaw_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ads"."SellpageStatsDaily" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "sellpageId" TEXT NOT NULL,
    "statDate" TIMESTAMP(3) NOT NULL,
    "adSource" "ads"."AdSource" NOT NULL,
    "adSpendCents" BIGINT NOT NULL,
    "linkClicks" INTEGER NOT NULL,
    "contentViews" INTEGER NOT NULL,
    "checkoutInitiated" INTEGER NOT NULL,
    "purchases" INTEGER NOT NULL,
    "revenueCents" BIGINT NOT NULL,
    "cr1" DECIMAL(65,30) NOT NULL,
    "cr2" DECIMAL(65,30) NOT NULL,
    "cr3" DECIMAL(65,30) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "SellpageStatsDaily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "total" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Seller_slug_key" ON "Seller"("slug");

-- CreateIndex
CREATE INDEX "Seller_userId_idx" ON "Seller"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_sku_key" ON "Product"("sku");

-- CreateIndex
CREATE UNIQUE INDEX "Sellpage_slug_key" ON "commerce"."Sellpage"("slug");

-- CreateIndex
CREATE INDEX "Sellpage_sellerId_idx" ON "commerce"."Sellpage"("sellerId");

-- CreateIndex
CREATE INDEX "Sellpage_productId_idx" ON "commerce"."Sellpage"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_organizationId_email_key" ON "commerce"."Customer"("organizationId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Order_orderNumber_key" ON "commerce"."Order"("orderNumber");

-- CreateIndex
CREATE INDEX "Order_sellerId_idx" ON "commerce"."Order"("sellerId");

-- CreateIndex
CREATE INDEX "Order_sellpageId_idx" ON "commerce"."Order"("sellpageId");

-- CreateIndex
CREATE INDEX "Order_customerId_idx" ON "commerce"."Order"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_organizationId_orderNumber_key" ON "commerce"."Order"("organizationId", "orderNumber");

-- CreateIndex
CREATE INDEX "OrderItem_orderId_idx" ON "commerce"."OrderItem"("orderId");

-- CreateIndex
CREATE INDEX "OrderItem_productId_idx" ON "commerce"."OrderItem"("productId");

-- CreateIndex
CREATE INDEX "OrderEvent_orderId_idx" ON "commerce"."OrderEvent"("orderId");

-- CreateIndex
CREATE INDEX "Campaign_sellerId_idx" ON "ads"."Campaign"("sellerId");

-- CreateIndex
CREATE INDEX "Campaign_sellpageId_idx" ON "ads"."Campaign"("sellpageId");

-- CreateIndex
CREATE INDEX "Adset_campaignId_idx" ON "ads"."Adset"("campaignId");

-- CreateIndex
CREATE INDEX "Ad_adsetId_idx" ON "ads"."Ad"("adsetId");

-- CreateIndex
CREATE INDEX "AdStatsDaily_sellerId_idx" ON "ads"."AdStatsDaily"("sellerId");

-- CreateIndex
CREATE UNIQUE INDEX "AdStatsDaily_level_entityId_statDate_key" ON "ads"."AdStatsDaily"("level", "entityId", "statDate");

-- CreateIndex
CREATE INDEX "AdStatsRaw_adId_idx" ON "ads"."AdStatsRaw"("adId");

-- CreateIndex
CREATE INDEX "SellpageStatsDaily_sellerId_idx" ON "ads"."SellpageStatsDaily"("sellerId");

-- CreateIndex
CREATE UNIQUE INDEX "SellpageStatsDaily_sellpageId_statDate_adSource_key" ON "ads"."SellpageStatsDaily"("sellpageId", "statDate", "adSource");

-- AddForeignKey
ALTER TABLE "Seller" ADD CONSTRAINT "Seller_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Sellpage" ADD CONSTRAINT "Sellpage_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Sellpage" ADD CONSTRAINT "Sellpage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Order" ADD CONSTRAINT "Order_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "commerce"."Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Order" ADD CONSTRAINT "Order_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Order" ADD CONSTRAINT "Order_sellpageId_fkey" FOREIGN KEY ("sellpageId") REFERENCES "commerce"."Sellpage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."OrderItem" ADD CONSTRAINT "OrderItem_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."OrderItem" ADD CONSTRAINT "OrderItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."Campaign" ADD CONSTRAINT "Campaign_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."Campaign" ADD CONSTRAINT "Campaign_sellpageId_fkey" FOREIGN KEY ("sellpageId") REFERENCES "commerce"."Sellpage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."Adset" ADD CONSTRAINT "Adset_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "ads"."Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."Ad" ADD CONSTRAINT "Ad_adsetId_fkey" FOREIGN KEY ("adsetId") REFERENCES "ads"."Adset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."AdStatsDaily" ADD CONSTRAINT "AdStatsDaily_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."AdStatsRaw" ADD CONSTRAINT "AdStatsRaw_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."AdStatsRaw" ADD CONSTRAINT "AdStatsRaw_adId_fkey" FOREIGN KEY ("adId") REFERENCES "ads"."Ad"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."SellpageStatsDaily" ADD CONSTRAINT "SellpageStatsDaily_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ads"."SellpageStatsDaily" ADD CONSTRAINT "SellpageStatsDaily_sellpageId_fkey" FOREIGN KEY ("sellpageId") REFERENCES "commerce"."Sellpage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
