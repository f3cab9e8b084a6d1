import { createTheme } from '@mantine/core';

/** A dense desktop look: small default sizes, system fonts, restrained radius. */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSizes: { xs: '0.75rem', sm: '0.8125rem', md: '0.875rem', lg: '1rem', xl: '1.125rem' },
  headings: {
    sizes: { h1: { fontSize: '1.375rem' }, h2: { fontSize: '1.125rem' }, h3: { fontSize: '1rem' }, h4: { fontSize: '0.9375rem' } },
  },
  components: {
    Button: { defaultProps: { size: 'xs' } },
    Select: { defaultProps: { size: 'xs' } },
    // A closed list is not drawn. Mantine keeps every select's list mounted, hidden, by default: each
    // area drew all its selects' options on its first open, and floating-ui measured each hidden
    // list's position in a forced layout (issue 16; Economia: 7 lists, 110 options, ~40 ms of its
    // first render in a trace). What a select passes in its own comboboxProps still wins.
    Combobox: { defaultProps: { keepMounted: false } },
    TextInput: { defaultProps: { size: 'xs' } },
    NumberInput: { defaultProps: { size: 'xs' } },
    Textarea: { defaultProps: { size: 'xs' } },
    SegmentedControl: { defaultProps: { size: 'xs' } },
    // A list taller than its box shows its scrollbar, not only under the pointer: a planner sees at
    // once that there is more (an initiative's eight suggestions read as four); the content steps
    // aside for it, so right-aligned figures are not drawn under it.
    ScrollArea: { defaultProps: { type: 'auto', offsetScrollbars: 'present' } },
  },
});
