import { expect } from '@open-wc/testing';
import { configure } from '../../src/client.js';
import { checkEndpoint, currentConfig } from '../../src/core/config.js';
import { newId } from '../../src/core/ids.js';
import { captureConsole, resetConfig, UUID_V4 } from './helpers.js';

describe('configuration', () => {
  let console: ReturnType<typeof captureConsole>;
  beforeEach(() => (console = captureConsole()));
  afterEach(() => {
    console.restore();
    resetConfig();
  });

  it('accepts https anywhere and http only on loopback', () => {
    expect(checkEndpoint('https://collector.example.com/e', 'test')).to.equal('https://collector.example.com/e');
    expect(checkEndpoint('http://localhost:9/e', 'test')).to.equal('http://localhost:9/e');
    expect(checkEndpoint('http://127.0.0.1/e', 'test')).to.equal('http://127.0.0.1/e');
    expect(checkEndpoint('http://[::1]:8080/e', 'test')).to.equal('http://[::1]:8080/e');
    expect(console.errors).to.deep.equal([]);
  });

  it('resolves a relative endpoint against the page', () => {
    expect(checkEndpoint('/events', 'test')).to.equal(`${location.origin}/events`);
  });

  for (const bad of ['http://collector.example.com/e', 'http://192.168.1.2/e', 'ftp://localhost/e', 'javascript:alert(1)', 'http://localhost.evil.com/']) {
    it(`refuses ${bad} with one error naming the caller and the value`, () => {
      configure({ endpoint: bad });
      expect(currentConfig().endpoint).to.equal(undefined);
      expect(console.errors).to.have.length(1);
      expect(console.errors[0]).to.include('configure()').and.include(JSON.stringify(bad));
    });
  }

  it('copies primitive context values and refuses nested ones, keeping the previous context', () => {
    configure({ context: { plan: 'pro', seats: 3, trial: false } });
    expect(currentConfig().context).to.deep.equal({ plan: 'pro', seats: 3, trial: false });
    configure({ context: { plan: { tier: 'pro' } } as never });
    expect(currentConfig().context).to.deep.equal({ plan: 'pro', seats: 3, trial: false });
    expect(console.errors[0]).to.include('context "plan"');
    // An empty key is named too, not mistaken for a context that is not an object.
    configure({ context: { '': { tier: 'pro' } } as never });
    expect(console.errors[1]).to.include('context "": {"tier":"pro"} refused');
  });

  it('refuses a __proto__ key (from JSON) without polluting anything', () => {
    configure({ context: JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') });
    expect(console.errors[0]).to.include('"__proto__"');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(currentConfig().context).to.deep.equal({});
  });

  it('never throws on nonsense', () => {
    expect(() => configure(null as never)).not.to.throw();
    expect(() => configure({ transport: 'fetch' as never, source: 42 as never, context: [] as never })).not.to.throw();
    expect(console.errors.length).to.equal(4);
  });

  it('makes RFC 4122 v4 ids, also without crypto.randomUUID (pages that are not a secure context)', () => {
    const randomUUID = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      const ids = new Set(Array.from({ length: 200 }, newId));
      expect(ids.size).to.equal(200);
      for (const id of ids) expect(id).to.match(UUID_V4);
    } finally {
      crypto.randomUUID = randomUUID;
    }
    expect(newId()).to.match(UUID_V4);
  });
});
