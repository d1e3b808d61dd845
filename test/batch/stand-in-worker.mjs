// A stand-in for the batch worker (plain JS, so a worker thread can load it from the test
// folder): it echoes each unit, and misbehaves on units with special paths.
export default function ({ units }) {
  const lines = units.map((u) => {
    if (u.path === 'hang') {
      const t = Date.now();
      while (Date.now() - t < 20000); // bounded busy loop; the pool's abort ends it much sooner
    }
    if (u.path === 'oom') {
      const keep = [];
      for (let i = 0; i < 100000; i++) keep.push(new Array(100000).fill(i)); // far past the test's heap limit
      return String(keep.length);
    }
    if (u.path === 'throw') throw new Error('boom in the worker');
    const text = u.bytes ? new TextDecoder().decode(u.bytes) : '';
    return JSON.stringify({ path: u.path, text });
  });
  return { records: lines.map((l) => l + '\n').join(''), recordCount: lines.length, errors: [] };
}
