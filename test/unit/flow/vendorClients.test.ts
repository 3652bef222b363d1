// A vendor's SDK client known by its declared type where the file imports the vendor
// (vendorClients.ts): Stripe's .NET services, WeChat Pay's Go API services. Negatives beside: the
// same class name without the vendor's import is the application's own service.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scannedFlows } from '../../support/flowSummary.js';

function sinks(text: string, path: string): string[] {
  return scannedFlows(text, path).map(
    (f) => `${f.sink.kind}:${f.sink.vendor ?? ''}:${f.categories.join('+')}`,
  );
}

const CS_BODY =
  'public class Billing\n{\n    private readonly CustomerService _customers = new();\n    public async Task Open(Patient p)\n    {\n        await _customers.CreateAsync(new CustomerCreateOptions { Email = p.Email, Phone = p.Phone });\n    }\n}\n';
const GO_BODY =
  'type Worker struct {\n\trefunds refunddomestic.RefundsApiService\n}\n\nfunc (w *Worker) Pay(ctx context.Context, buyerPhone string) {\n\tw.refunds.Create(ctx, refunddomestic.CreateRequest{Reason: buyerPhone})\n}\n';

describe('vendor SDK clients by declared type', () => {
  test('cs a Stripe CustomerService field: CreateAsync is Stripe', () => {
    assert.deepEqual(sinks(`using Stripe;\n\n${CS_BODY}`, 'src/Billing.cs'), ['sdk:Stripe:contact']);
  });
  test('go a wechatpay-go RefundsApiService field: Create is WeChat Pay', () => {
    const text = `package pay\n\nimport (\n\t"context"\n\t"github.com/wechatpay-apiv3/wechatpay-go/services/refunddomestic"\n)\n\n${GO_BODY}`;
    assert.deepEqual(sinks(text, 'internal/pay/pay.go'), ['sdk:WeChat Pay:contact']);
  });
  test('NEG cs a CustomerService of the application (no using Stripe) is no sink', () => {
    assert.deepEqual(sinks(`using Shop.Services;\n\n${CS_BODY}`, 'src/Billing.cs'), []);
  });
  test('NEG go the same service type without the wechatpay-go import is no sink', () => {
    const text = `package pay\n\nimport (\n\t"context"\n\t"example.com/shop/refunddomestic"\n)\n\n${GO_BODY}`;
    assert.deepEqual(sinks(text, 'internal/pay/pay.go'), []);
  });
});
