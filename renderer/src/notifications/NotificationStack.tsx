import { Button, CloseButton, Paper, Stack, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useLocale } from '../i18n';
import { dismissNotification, getNotifications, subscribeNotifications, type AppNotification } from './store';

const COLORS: Record<AppNotification['kind'], string> = { error: 'red', success: 'teal', info: 'blue' };

function NotificationCard({ item }: { item: AppNotification }) {
  // Rendered again when the language changes (useLocale), and its words with it.
  const { t, locale } = useLocale();
  const isError = item.kind === 'error';
  const details = typeof item.details === 'function' ? item.details(locale) : item.details;
  return (
    <Paper
      shadow="md"
      withBorder
      p="sm"
      // Errors are announced by screen readers at once; the e2e tests find them by this role too.
      role={isError ? 'alert' : 'status'}
      data-testid={isError ? 'error-alert' : `notification-${item.kind}`}
      style={{ borderLeft: `4px solid var(--mantine-color-${COLORS[item.kind]}-6)` }}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} size="sm" c={isError ? 'red.7' : undefined}>
            {item.title(locale)}
          </Text>
          <Text size="sm">{item.message(locale)}</Text>
          {details.map((detail) => (
            <Text key={detail} size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
              {detail}
            </Text>
          ))}
          {item.action && (
            <Button
              size="compact-xs"
              variant="light"
              mt={4}
              data-testid={item.action.testId}
              onClick={() => {
                item.action?.run();
                dismissNotification(item.id);
              }}
            >
              {item.action.label(locale)}
            </Button>
          )}
        </div>
        <CloseButton size="sm" aria-label={t('common.close')} onClick={() => dismissNotification(item.id)} />
      </div>
    </Paper>
  );
}

export function NotificationStack() {
  const notifications = useSyncExternalStore(subscribeNotifications, getNotifications);
  if (notifications.length === 0) return null;
  return (
    <Stack gap="xs" style={{ position: 'fixed', right: 16, bottom: 16, width: 420, zIndex: 1000 }}>
      {notifications.map((item) => (
        <NotificationCard key={item.id} item={item} />
      ))}
    </Stack>
  );
}
