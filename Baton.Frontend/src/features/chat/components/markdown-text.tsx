import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeHighlight, { type Options as HighlightOptions } from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import styles from './markdown-text.module.css';

const remarkPlugins = [remarkGfm];
// Only fenced blocks that name their language are coloured; guessing costs time on every delta.
const highlightOptions: HighlightOptions = { detect: false };
const rehypePlugins: [[typeof rehypeHighlight, HighlightOptions]] = [
  [rehypeHighlight, highlightOptions],
];

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ),
};

type MarkdownTextProps = {
  text: string;
};

export const MarkdownText = memo(function MarkdownText({ text }: MarkdownTextProps) {
  return (
    <div className={styles.markdown}>
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
        {text}
      </Markdown>
    </div>
  );
});
