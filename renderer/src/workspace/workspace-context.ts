import { createContext, useContext, useSyncExternalStore } from 'react';
import type { WorkspaceLocation } from '../platform/platform';
import type { Engine, WorkspaceController } from './workspace-controller';
import type { WorkspaceSnapshot } from './workspace-snapshot';

/** What views can do with the open workspace; every action reports its own errors. */
export interface WorkspaceActions {
  newWorkspace: (demo: boolean) => void;
  open: () => void;
  openRecent: (location: WorkspaceLocation) => void;
  save: () => void;
  saveAs: () => void;
  /** Browser only: the workspace as a downloaded .arranjo file. */
  download: () => void;
  undo: () => void;
  redo: () => void;
}

export interface WorkspaceContextValue {
  controller: WorkspaceController;
  engine: Engine;
  actions: WorkspaceActions;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

function useWorkspaceContext(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside <WorkspaceProvider>.');
  return value;
}

export function useWorkspace(): WorkspaceSnapshot {
  const { controller } = useWorkspaceContext();
  return useSyncExternalStore(controller.subscribe, controller.getSnapshot);
}

export function useWorkspaceActions(): WorkspaceActions {
  return useWorkspaceContext().actions;
}

export function useWorkspaceController(): WorkspaceController {
  return useWorkspaceContext().controller;
}

export function useEngine(): Engine {
  return useWorkspaceContext().engine;
}
