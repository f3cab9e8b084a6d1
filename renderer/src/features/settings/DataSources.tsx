import { Code, Table, Text, Title } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import sourcesEn from '../../../../resources/data/SOURCES.md?raw';
import type { Locale } from '../../i18n/locales';
import { parseInline, parseMarkdown } from '../../lib/markdown';
import sourcesEs from './locales/sources.es.md?raw';
import sourcesPt from './locales/sources.pt-BR.md?raw';

/** The shipped SOURCES.md (English, the attribution beside the data) and its translations. */
export const SOURCES_BY_LOCALE: Record<Locale, string> = { 'pt-BR': sourcesPt, en: sourcesEn, es: sourcesEs };

function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((segment, index) =>
        segment.code ? (
          <Code key={index} fz="xs">
            {segment.text}
          </Code>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * A file's path with a break opportunity after each "/" and "_": the longest
 * (regions/regioes_geograficas_composicao_por_municipios_2017_20180911.xlsx) otherwise holds its
 * column at full length and squeezes the description beside it to a few words a line.
 */
function FilePath({ text }: { text: string }) {
  return (
    <>
      {text.split(/(?<=[/_])/).map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** Which public data the app ships, from whom, under which licence: SOURCES.md in the UI language. */
export function DataSources({ locale }: { locale: Locale }) {
  const blocks = useMemo(() => parseMarkdown(SOURCES_BY_LOCALE[locale]), [locale]);
  return (
    <div data-testid="data-sources" lang={locale}>
      {blocks.map((block, index) => {
        if (block.type === 'heading') {
          // The file's own top heading is replaced by the section title around it.
          if (block.level === 1) return null;
          return (
            <Title key={index} order={4} mt="sm">
              {block.text}
            </Title>
          );
        }
        if (block.type === 'paragraph') {
          return (
            <Text key={index} size="sm" my={6}>
              <Inline text={block.text} />
            </Text>
          );
        }
        return (
          <Table key={index} withTableBorder withColumnBorders striped fz="xs" verticalSpacing={4} my="xs">
            <Table.Thead>
              <Table.Tr>
                {block.header.map((cell, c) => (
                  // The file column takes a quarter of the width; the description the most.
                  <Table.Th key={c} w={c === 0 ? '25%' : undefined}>
                    {cell}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {block.rows.map((row, r) => (
                <Table.Tr key={r}>
                  {row.map((cell, c) => (
                    <Table.Td key={c} style={{ verticalAlign: 'top' }}>
                      {c === 0 ? <FilePath text={cell} /> : <Inline text={cell} />}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        );
      })}
    </div>
  );
}
