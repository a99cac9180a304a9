import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * Markdown from another tool's file, rendered as HTML that is safe to insert: raw
 * HTML in the source is shown as text (`html: false`), and only http(s) and mailto
 * links are kept (markdown-it renders any other link as plain text). Loaded on demand.
 */
const renderer = new MarkdownIt({ html: false, linkify: true, typographer: false });
renderer.validateLink = (url) => SAFE_LINK.test(url.trim());
// Images would fetch from anywhere the file points; show their alt text instead.
renderer.disable('image');

// Links leave the app in a new tab and tell the target nothing about it.
renderer.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index]?.attrSet('target', '_blank');
  tokens[index]?.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, index, options);
};

export function renderMarkdown(source: string): string {
  return renderer.render(source);
}
