// A receiver for care-feedback events: `npm install care-feedback`, then `node receiver.mjs`.
// Validates with the shipped schemas, dedupes by source + id, answers CORS; `jsonlStore(…)` or
// `postgresStore(…)` (care-feedback/receiver/postgres) to keep the events, see the README.
import { createServer } from 'node:http';
import { createReceiver, toNodeListener } from 'care-feedback/receiver';

const receive = createReceiver({ onEvent: (event) => console.log(event.type, JSON.stringify(event.data)) });
const server = createServer(toNodeListener(receive));
server.listen(Number(process.env.PORT ?? 3000), () => console.log(`listening on ${server.address().port}`));
