import type Stripe from 'stripe';

/** Every object the emulator keeps, by Stripe `object` name, typed as the pinned API version's shapes. */
export interface Records {
  customer: Stripe.Customer;
  coupon: Stripe.Coupon;
  promotion_code: Stripe.PromotionCode;
  invoiceitem: Stripe.InvoiceItem;
  invoice: Stripe.Invoice;
  discount: Stripe.Discount;
  invoice_payment: Stripe.InvoicePayment;
  payment_intent: Stripe.PaymentIntent;
  refund: Stripe.Refund;
  credit_note: Stripe.CreditNote;
  'terminal.location': Stripe.Terminal.Location;
  'checkout.session': Stripe.Checkout.Session;
  payment_link: Stripe.PaymentLink;
  event: Stripe.Event;
}
export type Kind = keyof Records;

export const KINDS: readonly Kind[] = [
  'customer', 'coupon', 'promotion_code', 'invoiceitem', 'invoice', 'discount', 'invoice_payment',
  'payment_intent', 'refund', 'credit_note', 'terminal.location', 'checkout.session', 'payment_link', 'event',
];

const PREFIXES: ReadonlyArray<readonly [string, Kind]> = [
  ['cus_', 'customer'], ['promo_', 'promotion_code'], ['inpay_', 'invoice_payment'], ['in_', 'invoice'],
  ['ii_', 'invoiceitem'], ['di_', 'discount'], ['pi_', 'payment_intent'], ['re_', 'refund'], ['cn_', 'credit_note'], ['tml_', 'terminal.location'],
  ['cs_', 'checkout.session'], ['plink_', 'payment_link'], ['evt_', 'event'],
];

interface Row<T> {
  seq: number;
  created: number;
  value: T;
}

/** One collection, listed newest first (ties broken by insertion order, as ids are not sortable). */
export class Table<T extends { id: string }> {
  private readonly rows = new Map<string, Row<T>>();

  constructor(private readonly nextSeq: () => number) {}

  insert(value: T, created: number): T {
    this.rows.set(value.id, { seq: this.nextSeq(), created, value });
    return value;
  }

  get(id: string): T | undefined {
    return this.rows.get(id)?.value;
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  delete(id: string): void {
    this.rows.delete(id);
  }

  createdOf(id: string): number {
    return this.rows.get(id)?.created ?? 0;
  }

  /** Newest first. */
  all(): T[] {
    return [...this.rows.values()].sort((a, b) => b.created - a.created || b.seq - a.seq).map((row) => row.value);
  }

  clear(): void {
    this.rows.clear();
  }

  /** Rows as saved in a snapshot file. */
  rowsForSnapshot(): Row<T>[] {
    return [...this.rows.values()];
  }

  restore(rows: Row<T>[]): void {
    this.rows.clear();
    for (const row of rows) this.rows.set(row.value.id, row);
  }
}

/** Everything the store holds, as JSON can carry it (sandbox mode keeps it across restarts). */
export interface StoreSnapshot {
  seq: number;
  tables: Partial<Record<Kind, Row<{ id: string }>[]>>;
  deletedCustomers: string[];
  deletedCoupons: string[];
  countedRedemptions: string[];
}

/** The emulator's account: all objects plus the bookkeeping Stripe keeps out of sight. */
export class Store {
  private seq = 0;
  private readonly tables = new Map<Kind, Table<{ id: string }>>();
  /** ids of deleted customers: retrieving one answers `{deleted: true}` as Stripe does */
  readonly deletedCustomers = new Set<string>();
  /** ids of deleted coupons: kept so that their promotion codes read as inactive, hidden otherwise */
  readonly deletedCoupons = new Set<string>();
  /** line items of Checkout Sessions and Payment Links (returned only when asked for), by owner id */
  readonly lineItems = new Map<string, Stripe.LineItem[]>();
  /** invoices whose promotion codes and coupons were counted as redeemed (at finalization) */
  readonly countedRedemptions = new Set<string>();

  constructor() {
    for (const kind of KINDS) this.tables.set(kind, new Table(() => ++this.seq));
  }

  table<K extends Kind>(kind: K): Table<Records[K]> {
    return this.tables.get(kind) as unknown as Table<Records[K]>;
  }

  /** Finds any object by id: by prefix, else as a coupon (coupon ids have none). */
  find(id: string): { kind: Kind; value: { id: string } } | undefined {
    const kind = PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[1] ?? 'coupon';
    const value = this.tables.get(kind)?.get(id);
    return value ? { kind, value } : undefined;
  }

  snapshot(): StoreSnapshot {
    const tables: StoreSnapshot['tables'] = {};
    for (const [kind, table] of this.tables) tables[kind] = table.rowsForSnapshot();
    return {
      seq: this.seq,
      tables,
      deletedCustomers: [...this.deletedCustomers],
      deletedCoupons: [...this.deletedCoupons],
      countedRedemptions: [...this.countedRedemptions],
    };
  }

  restore(snapshot: StoreSnapshot): void {
    this.reset();
    this.seq = snapshot.seq;
    for (const [kind, rows] of Object.entries(snapshot.tables)) this.tables.get(kind as Kind)?.restore(rows ?? []);
    snapshot.deletedCustomers.forEach((id) => this.deletedCustomers.add(id));
    snapshot.deletedCoupons.forEach((id) => this.deletedCoupons.add(id));
    snapshot.countedRedemptions.forEach((id) => this.countedRedemptions.add(id));
  }

  reset(): void {
    for (const table of this.tables.values()) table.clear();
    this.deletedCustomers.clear();
    this.deletedCoupons.clear();
    this.lineItems.clear();
    this.countedRedemptions.clear();
  }
}
