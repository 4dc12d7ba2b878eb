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

const implementations = import.meta.glob<{ default: ComponentType<AnyProps> }>('./*/*.tsx');

function framed(name: string, load: Loader): ComponentType<AnyProps> {
  const Impl = lazy(load);
  const Framed = (props: AnyProps) => createElement(WidgetFrame, { name, Impl, props });
  Framed.displayName = `Widget(${name})`;
  return Framed;
}

/** MDX components: every registered widget by name, inside its frame. */
export const MDX_COMPONENTS: Record<string, ComponentType<AnyProps>> = Object.fromEntries(
  WIDGET_SPECS.map((spec) => {
    const load = implementations[`./${spec.name}/${spec.name}.tsx`];
    if (!load) throw new Error(`widget ${spec.name} has a spec but no ${spec.name}.tsx`);
    return [spec.name, framed(spec.name, load)];
  }),
);
