import { Alert, Anchor, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyError } from '../../notifications/notify-error';
import { notify } from '../../notifications/store';
import { useEngineQuery } from '../../workspace/use-engine-data';
import { NEAR_DUPLICATES_QUERY } from './initiatives-prefetch';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { useLocale } from '../../i18n';
import { isLocale } from '../../i18n/locales';
import { numberFormat, shortDate } from '../../i18n/format';
import { nearDuplicateSummary } from './near-duplicate-summary';

/** A text left out of a merge as the notification quotes it: its first 200 characters. */
const shortened = (text: string): string => (text.length > 200 ? `${text.slice(0, 200).trimEnd()}…` : text);

/**
 * The pairs drawn at first, and how many more each "show more" adds: a registry of hundreds of
 * initiatives can hold thousands of look-alike pairs, and drawing them all (a row of links and
 * buttons each) froze the page for tens of seconds at the workspace's open, the area being drawn ahead.
 */
const NEAR_DUPLICATES_PAGE = 5;

interface Merge {
  kept: { code: string; name: string };
  merged: { code: string; name: string };
}

/**
 * Names that look like two spellings of one initiative ("Polo dp Mel…" beside "Polo do Mel…"), and
 * names that are the same (a polo entered again by hand): the import never merges them, the planner
 * does, here, keeping either name, or tells same-named ones apart. A merge is one undo step.
 */
export function NearDuplicates({ onOpen }: { onOpen: (code: string) => void }) {
  const { t } = useTranslation('initiatives');
  const controller = useWorkspaceController();
  const { locale } = useLocale();
  const number = numberFormat(locale);
  const pairs = useEngineQuery(NEAR_DUPLICATES_QUERY);
  const [pending, setPending] = useState<Merge | null>(null);
  const [shown, setShown] = useState(NEAR_DUPLICATES_PAGE);
  if (!pairs.data || pairs.data.length === 0) return null;

  const merge = (m: Merge) => {
    setPending(null);
    controller
      .mutate((engine) => engine.mergeInitiatives(m.kept.code, m.merged.code))
      .then((result) => {
        const names = { kept: m.kept.name, merged: m.merged.name };
        // Worded at each render in the language then in use (a sticky note outlives a language switch).
        const actions = (lng: string) =>
          result.actionsMoved > 0 ? ` ${t('merge.actionsMoved', { lng, count: result.actionsMoved, ...names })}` : '';
        const title = (lng: string) => t('merge.done', { lng });
        if (result.notKept.length === 0) {
          notify({ kind: 'success', title, message: (lng) => `${t('merge.doneMessage', { lng, ...names })}${actions(lng)}` });
        } else {
          // The values of the merged one that the kept one's replaced: said, and kept on screen until read.
          notify({
            kind: 'info',
            sticky: true,
            title,
            message: (lng) => `${t('merge.doneNotKept', { lng, ...names, count: result.notKept.length })}${actions(lng)}`,
            details: (lng) => {
              const at = isLocale(lng) ? lng : locale;
              const field = (name: (typeof result.notKept)[number]['field']) => t(`merge.fields.${name}`, { lng });
              return result.notKept.map((n) =>
                n.outOfOrder !== undefined
                  ? t(n.field === 'endedOn' ? 'merge.notKeptBeforeStart' : 'merge.notKeptAfterEnd', {
                      lng,
                      field: field(n.field),
                      value: shortDate(n.value, at),
                      other: shortDate(n.outOfOrder, at),
                    })
                  : n.limit === undefined
                    ? t('merge.notKeptLine', { lng, field: field(n.field), value: n.value, kept: n.kept })
                    : t('merge.notKeptTooLong', {
                        lng,
                        field: field(n.field),
                        merged: m.merged.name,
                        max: numberFormat(at).format(n.limit),
                        value: shortened(n.value),
                      }),
              );
            },
          });
        }
        onOpen(m.kept.code);
      })
      .catch((e: unknown) => notifyError(e, (lng) => t('merge.failed', { lng })));
  };

  // "12.188 pares … — 600 iniciativas em 100 grupos": what the pairs amount to, grouped like the numbers.
  const summary = nearDuplicateSummary(pairs.data);
  const title = t('merge.title', { count: summary.pairs, countText: number.format(summary.pairs) });
  const among =
    summary.pairs > 1
      ? ` — ${t('merge.among', { count: summary.groups, groupsText: number.format(summary.groups), initiatives: number.format(summary.initiatives) })}`
      : '';

  return (
    <Alert color="yellow" variant="light" title={`${title}${among}`} data-testid="initiatives-near-duplicates">
      <Stack gap={6}>
        <Text size="xs">{t('merge.hint')}</Text>
        {pairs.data.slice(0, shown).map((p) => {
          const a = { code: p.a, name: p.aName };
          const b = { code: p.b, name: p.bName };
          return (
            <Group key={`${p.a}|${p.b}`} gap="xs" wrap="wrap" data-testid="near-duplicate-pair" data-exact={p.exact ? 'true' : 'false'}>
              <Anchor size="sm" onClick={() => onOpen(a.code)}>
                {a.name}
              </Anchor>
              <Text size="sm">{p.exact ? '=' : '≈'}</Text>
              <Anchor size="sm" onClick={() => onOpen(b.code)}>
                {b.name}
              </Anchor>
              {p.exact && (
                <Tooltip label={t('merge.sameHint')} multiline w={320} withinPortal>
                  <Badge size="sm" variant="outline" color="orange">
                    {t('merge.same')}
                  </Badge>
                </Tooltip>
              )}
              <Button size="compact-xs" variant="default" onClick={() => setPending({ kept: a, merged: b })} data-testid="merge-keep-a">
                {t('merge.keep', { name: a.name })}
              </Button>
              <Button size="compact-xs" variant="default" onClick={() => setPending({ kept: b, merged: a })} data-testid="merge-keep-b">
                {t('merge.keep', { name: b.name })}
              </Button>
            </Group>
          );
        })}
        {pairs.data.length > shown && (
          <Group gap="xs" data-testid="near-duplicates-more">
            <Text size="xs" c="dimmed">
              {t('merge.showing', { shown: number.format(shown), total: number.format(pairs.data.length) })}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setShown((n) => n + NEAR_DUPLICATES_PAGE)}
              data-testid="near-duplicates-show-more"
            >
              {t('merge.more', { count: Math.min(NEAR_DUPLICATES_PAGE, pairs.data.length - shown) })}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={pending !== null}
        title={t('merge.confirmTitle')}
        message={pending ? t('merge.confirmMessage', { kept: pending.kept.name, merged: pending.merged.name }) : ''}
        confirmLabel={t('merge.confirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && merge(pending)}
        testId="merge-confirm"
      />
    </Alert>
  );
}
