import { describe, expect, it } from 'vitest';
import { cliParts } from '../../../renderer/src/components/CliText';

describe('command-line options in running text', () => {
  it('sets an option apart, with the value that follows it (the territory sets hint)', () => {
    expect(cliParts('Um território pode ser a região de referência (--reference set:<nome>).')).toEqual([
      { text: 'Um território pode ser a região de referência (', option: false },
      { text: '--reference set:<nome>', option: true },
      { text: ').', option: false },
    ]);
  });

  it('an option alone in parentheses, at the end (the templates hint, cut as "(--" / "template)" before)', () => {
    expect(cliParts('servem também à linha de comando (--template).')).toEqual([
      { text: 'servem também à linha de comando (', option: false },
      { text: '--template', option: true },
      { text: ').', option: false },
    ]);
  });

  it('leaves text without options whole, and a lone hyphen or dash alone', () => {
    expect(cliParts('Letras minúsculas, dígitos e "-" — sem opções.')).toEqual([
      { text: 'Letras minúsculas, dígitos e "-" — sem opções.', option: false },
    ]);
  });
});
