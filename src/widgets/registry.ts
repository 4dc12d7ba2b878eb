/**
 * The one registry of lesson widgets. Lessons import nothing: MDX renders `<Name … />` through
 * this map. Each entry pairs the widget's spec (plain data, checked against every lesson by the
 * content check) with its implementation, loaded lazily so a lesson pays only for what it uses.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { WidgetFrame } from '../lesson/WidgetFrame';
import { WIDGET_SPECS } from './specs';

type AnyProps = Record<string, unknown>;
type Loader = () => Promise<{ default: ComponentType<AnyProps> }>;

const LOADERS: Record<string, Loader> = {
  ActivationExplorer: () =>
    import('./ActivationExplorer/ActivationExplorer') as unknown as ReturnType<Loader>,
  CheckQuestion: () => import('./CheckQuestion/CheckQuestion') as unknown as ReturnType<Loader>,
};

function framed(name: string, load: Loader): ComponentType<AnyProps> {
  const Impl = lazy(load);
  const Framed = (props: AnyProps) => createElement(WidgetFrame, { name, Impl, props });
  Framed.displayName = `Widget(${name})`;
  return Framed;
}

/** MDX components: every registered widget by name, inside its frame. */
export const MDX_COMPONENTS: Record<string, ComponentType<AnyProps>> = Object.fromEntries(
  WIDGET_SPECS.map((spec) => {
    const load = LOADERS[spec.name];
    if (!load) throw new Error(`widget ${spec.name} has a spec but no implementation`);
    return [spec.name, framed(spec.name, load)];
  }),
);
