// The floor: the least a JSON API costs on this runtime. POST parses the same JSON body the API
// gets and answers a small JSON object; GET answers the same JSON without a body to parse.
export default {
  async fetch(request) {
    let keys = 0;
    if (request.method === 'POST') keys = Object.keys(await request.json()).length;
    return new Response(JSON.stringify({ ok: true, keys }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  },
};
