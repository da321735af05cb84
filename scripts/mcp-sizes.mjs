#!/usr/bin/env node
// Sizes of the MCP tool results a model pays for, on the README's examples: for each tool call,
// the characters of its text content and of its structuredContent (JSON.stringify). Runs the
// official MCP SDK client over HTTP against a running server:
//   npm start &   node scripts/mcp-sizes.mjs [http://127.0.0.1:8787/mcp]
// Tools or arguments the server does not offer (compare_types, detail) are skipped, so the same
// script measures an older deployment too.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:8787/mcp');

/** The README's examples (Endpoints and MCP sections), one per tool. */
const EXAMPLES = {
  list_rounds: { asOf: '2025-06-01' },
  check_eligibility: {
    round: 'r6',
    asOf: '2025-06-01',
    business: { form: 'company', industry: 'retail', capital: 30_000_000, employees: 60 },
    status: { gbizIdPrime: true, securityAction: 'one-star' },
  },
  list_deadlines: { round: 'r6', type: 'regular', asOf: '2025-12-03' },
  estimate_subsidy: {
    round: 'r6',
    asOf: '2025-06-01',
    type: 'invoice',
    applicant: { size: 'sme' },
    functions: ['accounting', 'ordering'],
    costs: { software: 1_000_000 },
  },
  compare_types: { round: 'r6', asOf: '2025-06-01', applicant: { size: 'sme' }, processes: 2, functions: ['accounting'], costs: { software: 1_000_000 } },
};

const client = new Client({ name: 'mcp-sizes', version: '1.0.0' });
await client.connect(new StreamableHTTPClientTransport(url));
const { tools } = await client.listTools();
const rows = [];
for (const tool of tools) {
  const base = EXAMPLES[tool.name];
  if (!base) continue;
  const hasDetail = 'detail' in (tool.inputSchema.properties ?? {});
  const variants = [['ja', {}], ['en', { lang: 'en' }], ...(hasDetail ? [['ja, detail full', { detail: 'full' }]] : [])];
  for (const [label, extra] of variants) {
    const r = await client.callTool({ name: tool.name, arguments: { ...base, ...extra } });
    const text = r.content.filter((c) => c.type === 'text').reduce((n, c) => n + c.text.length, 0);
    const structured = r.structuredContent === undefined ? 0 : JSON.stringify(r.structuredContent).length;
    rows.push({ tool: tool.name, call: label, isError: Boolean(r.isError), text, structured });
  }
}
await client.close();
console.log('| tool | call | text chars | structuredContent chars |');
console.log('|---|---|---:|---:|');
for (const r of rows)
  console.log(`| \`${r.tool}\` | ${r.call}${r.isError ? ' (isError)' : ''} | ${r.text.toLocaleString('en-US')} | ${r.structured.toLocaleString('en-US')} |`);
