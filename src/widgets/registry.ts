/**
 * The one registry of lesson widgets. Lessons import nothing: MDX renders `<Name … />` through
 * this map. Each widget's implementation `./<Name>/<Name>.tsx` is loaded lazily, so a lesson pays
 * only for the widgets it uses.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { WidgetFrame } from '../lesson/WidgetFrame';
import { WIDGET_SPECS } from './specs';

type AnyProps = Record<string, unknown>;
type Loader = () => Promise<{ default: ComponentType<AnyProps> }>;

const implementations = import.meta.glob<{ default: ComponentType<AnyProps> }>([
  './*/*.tsx',
  '!./*/*.test.tsx',
]);

function framed(name: string, load: Loader): ComponentType<AnyProps> {
  const Impl = lazy(load);
  const Framed = (props: AnyProps) => createElement(WidgetFrame, { name, Impl, props });
  Framed.displayName = `Widget(${name})`;
  return Framed;
}

/** MDX components: every registered widget by name, inside its frame. */
export const MDX_COMPONENTS: Record<string, ComponentType<AnyProps>> = Object.fromEntries(
  WIDGET_SPECS.flatMap((spec) => {
    const load = implementations[`./${spec.name}/${spec.name}.tsx`];
    // The content check reports a spec without an implementation; the page just leaves it out.
    return load ? [[spec.name, framed(spec.name, load)]] : [];
  }),
);
