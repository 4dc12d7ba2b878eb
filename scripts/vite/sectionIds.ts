/**
 * Remark plugin: gives each `##` heading of a lesson the id listed, in order, in the front matter's
 * `sections` array. Both languages of a lesson share these ids, so a link to a section opens the
 * same section whatever the language. Deeper headings get no id.
 */
import type { Root, Heading, Yaml } from 'mdast';
import { parse as parseYaml } from 'yaml';

interface HeadingData {
  hProperties?: Record<string, unknown>;
}

export function remarkSectionIds() {
  return (tree: Root, file: { path?: string }) => {
    const yamlNode = tree.children.find((n): n is Yaml => n.type === 'yaml');
    const data = (yamlNode ? parseYaml(yamlNode.value) : {}) as { sections?: unknown };
    const ids = Array.isArray(data.sections) ? data.sections.map(String) : [];
    const headings = tree.children.filter(
      (n): n is Heading => n.type === 'heading' && n.depth === 2,
    );
    if (headings.length !== ids.length) {
      throw new Error(
        `${file.path ?? 'lesson'}: ${headings.length} "##" headings but ${ids.length} ids in front matter "sections"`,
      );
    }
    headings.forEach((heading, i) => {
      const data = (heading.data ?? {}) as HeadingData;
      data.hProperties = { ...data.hProperties, id: ids[i], 'data-section': ids[i], tabIndex: -1 };
      heading.data = data as Heading['data'];
    });
  };
}
