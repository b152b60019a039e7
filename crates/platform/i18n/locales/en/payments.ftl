## Payments: what the nightly reconciliation found, for programme admins and auditors.

payments-admin-title = Payment differences
payments-admin-intro = Each night Garita compares what the payment provider says was paid with its own ledger. Each difference stays on this page until a programme admin has looked at it and closed it. Only ids and amounts are shown, never a person's data.
payments-admin-what-to-do = To look at one, find the provider's reference in the provider's dashboard. Money paid at the provider but missing from the ledger is credited when the payer comes back, or the provider refunds it; never write it into the ledger by hand.
payments-admin-none = No open difference: the provider's record and the ledger agree.
payments-admin-kind-not-in-ledger = Paid at the provider, not in Garita's ledger
payments-admin-kind-not-at-provider = In Garita's ledger, not paid at the provider
payments-admin-kind-amount = The amounts differ
payments-admin-row = { $kind }: { $provider } reference { $reference }, { $amount }, found { $when }.
payments-admin-no-amount = amount unknown
payments-admin-payment = Garita's payment: { $payment }
payments-admin-close = Looked at: close it
payments-admin-closed = The difference is closed. The audit log keeps who closed it and when.
payments-admin-gone = That difference was closed already, or does not exist. Nothing changed.
