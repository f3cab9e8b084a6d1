import { Code } from '@mantine/core';
import { Fragment } from 'react';

/** A command-line option in running text, with its value when one follows: "--template", "--reference set:<nome>". */
const OPTION = /(--[a-z][a-z-]*(?: [^\s()]+)?)/;

/** The text cut into plain runs and the command-line options it names, in order. */
export function cliParts(text: string): { text: string; option: boolean }[] {
  return text
    .split(OPTION)
    .map((part, i) => ({ text: part, option: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

/**
 * A hint that names command-line options: each one is set as code and never broken across lines
 * ("(--" at a line's end and "template)" on the next, which a planner copying it into a terminal
 * would not recognise). The text itself is the translation as written.
 */
export function CliText({ text }: { text: string }) {
  return (
    <>
      {cliParts(text).map((p, i) =>
        p.option ? (
          <Code key={i} style={{ whiteSpace: 'nowrap' }}>
            {p.text}
          </Code>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
