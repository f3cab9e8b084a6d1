import type { IpcInput } from '../../shared/ipc/contract';

/** The few strings main shows itself (menus, the unsaved-changes box, dialog filters), per UI language. */

export type Locale = IpcInput<'app:ui.setLocale'>['locale'];

export interface Labels {
  file: string;
  new: string;
  newDemo: string;
  open: string;
  openRecent: string;
  noRecent: string;
  save: string;
  saveAs: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  toggleFullScreen: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  window: string;
  help: string;
  about: string;
  workspaceFilter: string;
  /**
   * The Open dialog's filter: workspaces and their backups (`<file>.bak`, `<file>.schema-<n>.bak`), which
   * the damaged-file and migration messages tell the planner to open.
   */
  openFilter: string;
  unsavedMessage: string;
  unsavedDetail: string;
  saveButton: string;
  discardButton: string;
  cancelButton: string;
  /** The close box when views hold unsaved drafts (scenarios renamed or re-weighted, not saved). */
  draftsMessage: string;
  draftsDetail: string;
  draftsWorkspaceToo: string;
  unnamedDraft: string;
  closeAnywayButton: string;
}

export const LABELS: Record<Locale, Labels> = {
  'pt-BR': {
    file: '&Arquivo',
    new: 'Novo',
    newDemo: 'Novo espaço de trabalho de demonstração',
    open: 'Abrir…',
    openRecent: 'Abrir recente',
    noRecent: 'Nenhum arquivo recente',
    save: 'Salvar',
    saveAs: 'Salvar como…',
    quit: 'Sair',
    edit: '&Editar',
    undo: 'Desfazer',
    redo: 'Refazer',
    cut: 'Recortar',
    copy: 'Copiar',
    paste: 'Colar',
    selectAll: 'Selecionar tudo',
    view: '&Exibir',
    reload: 'Recarregar',
    toggleDevTools: 'Ferramentas do desenvolvedor',
    toggleFullScreen: 'Tela cheia',
    resetZoom: 'Tamanho real',
    zoomIn: 'Aumentar zoom',
    zoomOut: 'Diminuir zoom',
    window: 'Janela',
    help: 'Aj&uda',
    about: 'Sobre o Arranjo',
    workspaceFilter: 'Espaço de trabalho do Arranjo',
    openFilter: 'Espaço de trabalho do Arranjo ou cópia de segurança (.bak)',
    unsavedMessage: 'Salvar as alterações em “{title}” antes de fechar?',
    unsavedDetail: 'Se você não salvar, as alterações feitas desde o último salvamento serão perdidas.',
    saveButton: 'Salvar',
    discardButton: 'Não salvar',
    cancelButton: 'Cancelar',
    draftsMessage: 'Fechar “{title}” sem salvar os cenários em edição?',
    draftsDetail:
      'Cenários com alterações não salvas: {drafts}. Para mantê-las, cancele, salve cada cenário em Priorização e depois salve o espaço de trabalho.',
    draftsWorkspaceToo: 'O espaço de trabalho também tem alterações não salvas, que serão perdidas.',
    unnamedDraft: 'sem nome',
    closeAnywayButton: 'Fechar sem salvar',
  },
  en: {
    file: '&File',
    new: 'New',
    newDemo: 'New demo workspace',
    open: 'Open…',
    openRecent: 'Open recent',
    noRecent: 'No recent files',
    save: 'Save',
    saveAs: 'Save as…',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: '&View',
    reload: 'Reload',
    toggleDevTools: 'Developer tools',
    toggleFullScreen: 'Full screen',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    window: 'Window',
    help: '&Help',
    about: 'About Arranjo',
    workspaceFilter: 'Arranjo workspace',
    openFilter: 'Arranjo workspace or backup (.bak)',
    unsavedMessage: 'Save changes to “{title}” before closing?',
    unsavedDetail: 'If you don’t save, the changes made since the last save will be lost.',
    saveButton: 'Save',
    discardButton: 'Don’t save',
    cancelButton: 'Cancel',
    draftsMessage: 'Close “{title}” without saving the scenarios being edited?',
    draftsDetail:
      'Scenarios with unsaved changes: {drafts}. To keep them, cancel, save each scenario in Prioritization, then save the workspace.',
    draftsWorkspaceToo: 'The workspace also has unsaved changes, which will be lost.',
    unnamedDraft: 'unnamed',
    closeAnywayButton: 'Close without saving',
  },
  es: {
    file: '&Archivo',
    new: 'Nuevo',
    newDemo: 'Nuevo espacio de trabajo de demostración',
    open: 'Abrir…',
    openRecent: 'Abrir reciente',
    noRecent: 'No hay archivos recientes',
    save: 'Guardar',
    saveAs: 'Guardar como…',
    quit: 'Salir',
    edit: '&Editar',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    view: '&Ver',
    reload: 'Recargar',
    toggleDevTools: 'Herramientas de desarrollo',
    toggleFullScreen: 'Pantalla completa',
    resetZoom: 'Tamaño real',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    window: 'Ventana',
    help: 'Ay&uda',
    about: 'Acerca de Arranjo',
    workspaceFilter: 'Espacio de trabajo de Arranjo',
    openFilter: 'Espacio de trabajo de Arranjo o copia de seguridad (.bak)',
    unsavedMessage: '¿Guardar los cambios en «{title}» antes de cerrar?',
    unsavedDetail: 'Si no guarda, se perderán los cambios hechos desde el último guardado.',
    saveButton: 'Guardar',
    discardButton: 'No guardar',
    cancelButton: 'Cancelar',
    draftsMessage: '¿Cerrar «{title}» sin guardar los escenarios en edición?',
    draftsDetail:
      'Escenarios con cambios sin guardar: {drafts}. Para conservarlos, cancele, guarde cada escenario en Priorización y luego guarde el espacio de trabajo.',
    draftsWorkspaceToo: 'El espacio de trabajo también tiene cambios sin guardar, que se perderán.',
    unnamedDraft: 'sin nombre',
    closeAnywayButton: 'Cerrar sin guardar',
  },
};

export function labelsFor(locale: Locale): Labels {
  return LABELS[locale];
}
