// Redocly CLI plugin: lint the document the generator reads. The root extension
// x-handspec-common-parameters lists parameters (references to components/parameters) that every
// operation has unless it declares one of the same name and location itself; this preprocessor
// adds them to each operation before the rules run, so the rules check them in every operation
// and see the components as used.
function declared(list, resolve) {
  const keys = new Set();
  for (const p of list || []) {
    const r = resolve(p).node;
    if (r && r.name && r.in) keys.add(r.in + ':' + r.name);
  }
  return keys;
}

function commonParameters() {
  let common = [];
  return {
    Root: {
      enter(root) {
        common = Array.isArray(root['x-handspec-common-parameters']) ? root['x-handspec-common-parameters'] : [];
      },
    },
    PathItem: {
      enter(item, { resolve }) {
        const shared = declared(item.parameters, resolve);
        for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']) {
          const op = item[method];
          if (!op || typeof op !== 'object') continue;
          const own = declared(op.parameters, resolve);
          const added = [];
          for (const ref of common) {
            const r = resolve(ref).node;
            const key = r && r.name && r.in ? r.in + ':' + r.name : null;
            if (key && !shared.has(key) && !own.has(key)) added.push({ $ref: ref.$ref });
          }
          if (added.length > 0) op.parameters = (op.parameters || []).concat(added);
        }
      },
    },
  };
}

module.exports = function handspecPlugin() {
  return {
    id: 'handspec',
    preprocessors: {
      oas3: {
        'common-parameters': commonParameters,
      },
    },
  };
};
