/** The shape of a locale namespace, with every leaf widened to `string` so that en-US must have the same keys as zh-CN. */
export type MessageTree<T> = { readonly [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]> };

/** Dotted paths to every leaf: `nav.cases`, `deadlines.state.overdue` … */
export type MessageKey<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : MessageKey<T[K], `${P}${K}.`>;
}[keyof T & string];
