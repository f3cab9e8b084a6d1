import { Button, Menu, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../../../shared/features/territories/types';
import { notify } from '../../../notifications/store';
import { notifyError } from '../../../notifications/notify-error';
import { useWorkspaceController } from '../../../workspace/workspace-context';
import { useEngineData } from '../../../workspace/use-engine-data';

/**
 * Adds the view on screen to a meeting sequence (kept in the workspace), or starts a new sequence with it.
 * `what` names the chart on the button when several such buttons stand side by side; `disabledReason`
 * says, on hovering a greyed button, what to do first (a greyed button alone left the planner guessing).
 */
export function AddToMeeting({
  view,
  disabled,
  disabledReason,
  testId,
  what,
}: {
  view: MeetingView;
  disabled?: boolean;
  disabledReason?: string;
  testId: string;
  what?: string;
}) {
  const { t } = useTranslation('territories');
  const controller = useWorkspaceController();
  const sequences = useEngineData((e) => e.meetingSequences(), []);

  const add = async (sequenceId: number | null) => {
    try {
      const saved = await controller.mutate(async (e) => {
        const all = await e.meetingSequences();
        const target = all.find((s) => s.id === sequenceId);
        if (target) return e.saveMeetingSequence({ id: target.id, name: target.name, views: [...target.views, view] });
        const names = new Set(all.map((s) => s.name));
        let n = all.length + 1;
        while (names.has(t('meeting.defaultName', { n }))) n += 1;
        return e.saveMeetingSequence({ name: t('meeting.defaultName', { n }), views: [view] });
      });
      notify({
        kind: 'success',
        title: (lng) => t('meeting.added', { lng }),
        message: (lng) => t('meeting.addedTo', { lng, title: view.title, name: saved.name, count: saved.views.length }),
      });
    } catch (error) {
      notifyError(error, (lng) => t('meeting.addFailed', { lng }));
    }
  };

  const button = (
    <Button size="compact-xs" variant="light" disabled={disabled} data-testid={testId}>
      {what ? t('meeting.addNamedToMeeting', { what }) : t('meeting.addToMeeting')}
    </Button>
  );
  // A disabled button takes no pointer events: the tooltip hangs on a wrapper.
  if (disabled)
    return disabledReason ? (
      <Tooltip label={disabledReason} multiline w={260} withinPortal>
        <span data-testid={`${testId}-why`}>{button}</span>
      </Tooltip>
    ) : (
      button
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>{button}</Menu.Target>
      <Menu.Dropdown>
        {(sequences.data ?? []).map((s) => (
          <Menu.Item key={s.id} onClick={() => void add(s.id)} data-testid={`${testId}-sequence`}>
            {t('meeting.addToSequence', { name: s.name, count: s.views.length })}
          </Menu.Item>
        ))}
        <Menu.Item onClick={() => void add(null)} data-testid={`${testId}-new`}>
          {t('meeting.newSequence')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
