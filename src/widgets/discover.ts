/** Finds the widget spec among a spec module's exports, and checks the folder convention. */
import type { WidgetSpec } from '../lesson/widgetSpec';

function isSpec(value: unknown): value is WidgetSpec {
  const v = value as WidgetSpec | null;
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof v.name === 'string' &&
    typeof v.description === 'string' &&
    Array.isArray(v.props)
  );
}

/** `modules`: path `./<Name>/spec.ts` → its exports. The spec's name must equal the folder's. */
export function specsFromModules(modules: Record<string, Record<string, unknown>>): WidgetSpec[] {
  return Object.entries(modules)
    .map(([path, exports]) => {
      const folder = /\.\/([^/]+)\/spec\.ts$/.exec(path)?.[1] ?? path;
      const spec = Object.values(exports).find(isSpec);
      if (!spec) throw new Error(`${path} exports no widget spec`);
      if (spec.name !== folder) throw new Error(`${path}: spec name "${spec.name}" ≠ folder`);
      return spec;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
