// A layer's tsconfig.json maps the packages it may not import here (`paths`), so that such an import fails to
// compile with "…/this-layer-may-not-import-this-module.d.ts is not a module". See ARCHITECTURE.md, "Layers".
