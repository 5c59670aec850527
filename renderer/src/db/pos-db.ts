import Dexie, { type EntityTable } from 'dexie';
import type {
  AuditEntry,
  CardBatch,
  Campaign,
  Conflict,
  Customer,
  Job,
  Lead,
  OutboxEntry,
  Redemption,
  Refund,
  ReferralCode,
  Referrer,
  Setting,
  StaffMember,
  Upload,
} from '../../../shared/domain/records';
import type { CheckoutLink } from '../../../shared/domain/checkout-link';
import { SCHEMA_HISTORY } from './schema-history';

export const POS_DB_NAME = 'referral-pos';

/** The app's one local database: every record the counter writes, and the outbox to Stripe. */
export class PosDb extends Dexie {
  campaigns!: EntityTable<Campaign, 'id'>;
  referrers!: EntityTable<Referrer, 'id'>;
  codes!: EntityTable<ReferralCode, 'code'>;
  customers!: EntityTable<Customer, 'id'>;
  leads!: EntityTable<Lead, 'id'>;
  redemptions!: EntityTable<Redemption, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  conflicts!: EntityTable<Conflict, 'id'>;
  refunds!: EntityTable<Refund, 'id'>;
  staff!: EntityTable<StaffMember, 'id'>;
  uploads!: EntityTable<Upload, 'id'>;
  jobs!: EntityTable<Job, 'id'>;
  cardBatches!: EntityTable<CardBatch, 'id'>;
  checkouts!: EntityTable<CheckoutLink, 'id'>;

  constructor(name: string = POS_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
