import type { Rag } from '../../../../shared/features/programmes/types';

/** The red/amber/green colours of achievement, as Mantine colour names. */
export const RAG_COLOR: Record<Rag, string> = { red: 'red', amber: 'yellow', green: 'green' };
