import i18next from 'i18next';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { getEngine } from '../engine/engine-client';
import { ConfirmModal } from '../components/ConfirmModal';
import { useLocale } from '../i18n';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales';
import { notify } from '../notifications/store';
import { notifyError } from '../notifications/notify-error';
import { getPlatform } from '../platform';
import type { WorkspaceLocation } from '../platform/platform';
import { OpenWorkspaceModal } from './OpenWorkspaceModal';
import { SaveAsModal } from './SaveAsModal';
import { useWorkspaceEffects } from './use-workspace-effects';
import { WorkspaceContext, type WorkspaceActions, type WorkspaceContextValue } from './workspace-context';
import type { UndoneChange } from '../../../shared/features/workspace';
import { undoneNotification } from './undone-text';
import { WorkspaceController } from './workspace-controller';
import type { WorkspaceNames } from './workspace-names';
import { isDirty } from './workspace-snapshot';
import { loadShippedFirstScreen } from './shipped-first-screen';
import { preMigrationName } from './pre-migration-copy';
import { restoreNames } from '../../../shared/domain/workspace-backups';

/**
 * Names given to new workspaces, in the language of the moment. Actions read texts through the
 * i18next instance rather than the hook's `t`, so a language switch does not rebuild them.
 */
const names = (): WorkspaceNames => {
  const locale = isLocale(i18next.language) ? i18next.language : DEFAULT_LOCALE;
  return {
    demo: i18next.t('workspace.demoName'),
    untitled: i18next.t('workspace.untitledName'),
    preMigration: (name, schema) => preMigrationName(name, schema, locale),
    restored: (backup) => restoreNames(backup, locale),
  };
};

/** What to do once the user agreed to drop unsaved changes. */
type PendingReplace = () => Promise<void>;

/** The failures a workspace action can report (File menu, undo and redo). */
type FailedKey =
  | 'workspace.saveFailed'
  | 'workspace.openFailed'
  | 'workspace.createFailed'
  | 'workspace.downloadFailed'
  | 'workspace.undoFailed'
  | 'workspace.redoFailed';

/**
 * Creates the workspace controller for the app, wires its actions to the shell (dialogs, modals,
 * menus, shortcuts) and reports every failure as a translated notification.
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  const [controller] = useState(
    () =>
      new WorkspaceController(
        getEngine(),
        getPlatform(),
        (error) => notifyError(error, (lng) => i18next.t('workspace.autosaveFailed', { lng })),
        loadShippedFirstScreen,
      ),
  );
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const platform = controller.platform;
  const [openModal, setOpenModal] = useState(false);
  const [saveAsModal, setSaveAsModal] = useState(false);
  const [pendingReplace, setPendingReplace] = useState<PendingReplace | null>(null);

  // First start, once: the last workspace, else the demo.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    controller.start(names()).then(
      ({ reopenError }) => reopenError && notifyError(reopenError, (lng) => i18next.t('workspace.reopenFailed', { lng })),
      (error: unknown) => notifyError(error, (lng) => i18next.t('workspace.startFailed', { lng })),
    );
  }, [controller]);

  const actions = useMemo<WorkspaceActions>(() => {
    /** Electron keeps unsaved, never-saved work only in memory: ask before replacing it. */
    const replaceGuarded = (replace: PendingReplace) => {
      const s = controller.getSnapshot();
      if (isDirty(s) && !s.location) setPendingReplace(() => replace);
      else void replace();
    };
    // Undo may reach into another area: say what it changed back, and offer to show it.
    const tellUndone = (undone: UndoneChange | undefined, title: 'workspace.undone' | 'workspace.redone') => {
      if (!undone) return;
      notify(undoneNotification(undone, title));
    };
    /** Runs a workspace action; a failure is notified under `failed`, worded in the language in use. */
    const run = async (task: () => Promise<unknown>, failed: FailedKey) => {
      try {
        await task();
      } catch (error) {
        notifyError(error, (lng) => i18next.t(failed, { lng }));
      }
    };
    const saveAs = () => {
      if (platform.kind === 'browser') {
        setSaveAsModal(true);
        return;
      }
      void run(async () => {
        const { name, restoredFrom } = controller.getSnapshot();
        const path = await platform.chooseSavePath(`${name}.arranjo`, restoredFrom);
        if (path) {
          await controller.saveTo({ kind: 'file', path });
          notify({ kind: 'success', title: (lng) => i18next.t('workspace.saved', { lng }), message: () => path });
        }
      }, 'workspace.saveFailed');
    };
    const openLocation = (location: WorkspaceLocation) =>
      replaceGuarded(() => run(async () => controller.openFile(await platform.read(location), names()), 'workspace.openFailed'));

    return {
      newWorkspace: (demo) => replaceGuarded(() => run(() => controller.create({ demo }, names()), 'workspace.createFailed')),
      open: () => {
        if (platform.kind === 'browser') {
          setOpenModal(true);
          return;
        }
        replaceGuarded(() =>
          run(async () => {
            const file = await platform.openDialog();
            if (file) await controller.openFile(file, names());
          }, 'workspace.openFailed'),
        );
      },
      openRecent: openLocation,
      save: () =>
        void run(async () => {
          const saved = await controller.save();
          if (!saved) saveAs();
          else {
            const { name } = controller.getSnapshot();
            notify({ kind: 'success', title: (lng) => i18next.t('workspace.saved', { lng }), message: () => name });
          }
        }, 'workspace.saveFailed'),
      saveAs,
      download: () => {
        if (platform.kind !== 'browser') return;
        void run(async () => {
          const bytes = await controller.exportBytes();
          platform.download(bytes, `${controller.getSnapshot().name}.arranjo`);
        }, 'workspace.downloadFailed');
      },
      undo: () => void run(async () => tellUndone(await controller.undo(), 'workspace.undone'), 'workspace.undoFailed'),
      redo: () => void run(async () => tellUndone(await controller.redo(), 'workspace.redone'), 'workspace.redoFailed'),
    };
  }, [controller, platform]);

  const value = useMemo<WorkspaceContextValue>(() => ({ controller, engine: getEngine(), actions }), [controller, actions]);
  useWorkspaceEffects(controller, actions, snapshot);

  const upload = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await controller.openFile(
        {
          location: null,
          fileName: file.name,
          displayName: file.name.replace(/\.arranjo$/i, ''),
          bytes,
          knownClean: false,
        },
        names(),
      );
      setOpenModal(false);
      const { name } = controller.getSnapshot();
      notify({ kind: 'success', title: (lng) => t('workspace.opened', { lng }), message: () => name });
    } catch (error) {
      notifyError(error, (lng) => t('workspace.openFailed', { lng }));
    }
  };

  return (
    <WorkspaceContext.Provider value={value}>
      {children}
      {platform.kind === 'browser' && (
        <>
          <OpenWorkspaceModal
            platform={platform}
            opened={openModal}
            currentName={snapshot.name}
            onClose={() => setOpenModal(false)}
            onOpenStored={(name) => {
              setOpenModal(false);
              actions.openRecent({ kind: 'browser', name });
            }}
            onUpload={(file) => void upload(file)}
          />
          <SaveAsModal
            platform={platform}
            opened={saveAsModal}
            initialName={snapshot.name}
            onClose={() => setSaveAsModal(false)}
            onSave={(name) => {
              setSaveAsModal(false);
              controller.saveTo({ kind: 'browser', name }).then(
                () => notify({ kind: 'success', title: (lng) => t('workspace.saved', { lng }), message: () => name }),
                (error: unknown) => notifyError(error, (lng) => t('workspace.saveFailed', { lng })),
              );
            }}
          />
        </>
      )}
      <ConfirmModal
        opened={pendingReplace !== null}
        title={t('workspace.discardTitle')}
        message={t('workspace.discardMessage', { name: snapshot.name })}
        confirmLabel={t('workspace.discardConfirm')}
        danger
        testId="discard-modal"
        onCancel={() => setPendingReplace(null)}
        onConfirm={() => {
          const replace = pendingReplace;
          setPendingReplace(null);
          if (replace) void replace();
        }}
      />
    </WorkspaceContext.Provider>
  );
}
