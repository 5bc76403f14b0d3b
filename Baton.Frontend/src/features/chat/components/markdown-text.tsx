import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeHighlight, { type Options as HighlightOptions } from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import { hasFencedCode, splitMarkdownBlocks } from '@/features/chat/utils/markdown-blocks';
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
  // A streamed answer grows at its end: each delta parses only the last block again.
  return (
    <div className={styles.markdown}>
      {splitMarkdownBlocks(text).map((block, at) => (
        <MarkdownBlock key={at} text={block} />
      ))}
    </div>
  );
});

const MarkdownBlock = memo(function MarkdownBlock({ text }: MarkdownTextProps) {
  // The highlighter loads its grammars each time it is set up: only where there is code to colour.
  return (
    <Markdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={hasFencedCode(text) ? rehypePlugins : undefined}
      components={components}
    >
      {text}
    </Markdown>
  );
});
