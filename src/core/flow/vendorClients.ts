/**
 * Vendors' SDK clients held in the file, known by the type they are declared with where the file
 * imports the vendor: any method called on one sends its arguments to the vendor, a third-party
 * SDK sink (`sdk`) naming it. Stripe's .NET services (`CustomerService _customers`, `using
 * Stripe;`: `_customers.CreateAsync(options)`) and WeChat Pay's Go API services (`refunds
 * refunddomestic.RefundsApiService`, from `wechatpay-go`: `w.refunds.Create(ctx, req)`). A class of
 * the same name in a file that does not import the vendor is the application's own. Read from the
 * text with bounded patterns; no more than MAX_CLIENTS per file.
 */
import type { Client, ClientTable } from './clients.js';
import type { FlowLanguage, Region } from './sinks.js';

const MAX_CLIENTS = 20;

interface VendorRule {
  readonly languages: readonly FlowLanguage[];
  /** A word the text must hold for the rule to be tried, then the vendor's import. */
  readonly hint: string;
  readonly imports: RegExp;
  /** The holder's name in group 1, declared with one of the vendor's client types. */
  readonly holder: RegExp;
  readonly client: Client;
}

function vendor(name: string, region: Region): Client {
  return { framework: 'vendor', kind: 'sdk', name, vendor: name, region, methods: new Set() };
}

const RULES: readonly VendorRule[] = [
  {
    languages: ['csharp'],
    hint: 'Stripe',
    imports: /^\s*using\s+Stripe\s*;/m,
    holder:
      /\b(?:Customer|PaymentIntent|Charge|Refund|Subscription|Invoice|PaymentMethod|SetupIntent|Checkout\.Session)Service\s+(\w+)\s*[;=,)]/g,
    client: vendor('Stripe', 'abroad'),
  },
  {
    languages: ['go'],
    hint: 'wechatpay-go',
    imports: /"github\.com\/wechatpay-apiv3\/wechatpay-go\//,
    holder:
      /\b(\w+)\s+\*?(?:refunddomestic|jsapi|native|app|h5|payments|transferbatch|profitsharing)\.\w+(?:ApiService|Service)\b/g,
    client: vendor('WeChat Pay', 'mainland'),
  },
];

/** The variables and fields holding a vendor's SDK client in `text`, added to `clients`. */
export function withVendorClients(text: string, language: FlowLanguage, clients: ClientTable): ClientTable {
  let table: Map<string, Client> | undefined;
  for (const rule of RULES) {
    if (!rule.languages.includes(language) || !text.includes(rule.hint) || !rule.imports.test(text)) continue;
    const re = rule.holder;
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < MAX_CLIENTS; m = re.exec(text), n++) {
      const holder = m[1];
      if (holder === undefined || clients.has(holder)) continue;
      (table ??= new Map(clients)).set(holder, rule.client);
    }
  }
  return table ?? clients;
}
