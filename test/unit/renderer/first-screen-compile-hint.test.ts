import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, firstScreenCompileHintPlugin } from '../../../renderer/vite.compile-hint';

/** A chunk as the bundler hands it to generateBundle (only what the plugin reads). */
function chunk(fileName: string, imports: string[], facadeModuleId: string | null = null): OutputChunk {
  return {
    type: 'chunk',
    fileName,
    imports,
    facadeModuleId,
    code: `console.log(${JSON.stringify(fileName)});`,
    map: { mappings: 'AAAA' },
  } as unknown as OutputChunk;
}

function generate(bundle: OutputBundle): void {
  const hook = firstScreenCompileHintPlugin().generateBundle;
  if (typeof hook !== 'function') throw new Error('the plugin has no generateBundle hook');
  (hook as (options: unknown, bundle: OutputBundle, isWrite: boolean) => void).call({}, {}, bundle, true);
}

describe("the first screen's compile hint (issue 16)", () => {
  it('opens start-app and every chunk it imports statically with the hint, once; the other areas and the assets are left alone', () => {
    const bundle = {
      'start-app.js': chunk('start-app.js', ['react.js', 'Chart.js'], '/repo/renderer/src/app/start-app.tsx'),
      'Chart.js': chunk('Chart.js', ['react.js', 'i18n.js']),
      'react.js': chunk('react.js', []),
      'i18n.js': chunk('i18n.js', ['react.js']),
      'TerritoriesArea.js': chunk(
        'TerritoriesArea.js',
        ['react.js', 'Chart.js'],
        '/repo/renderer/src/features/territories/TerritoriesArea.tsx',
      ),
      'engine.worker.js': chunk('engine.worker.js', []),
      'app.css': { type: 'asset', fileName: 'app.css', source: 'body{}' } as unknown as OutputAsset,
    } as OutputBundle;
    generate(bundle);
    const code = (name: string) => (bundle[name] as OutputChunk).code;
    for (const name of ['start-app.js', 'Chart.js', 'react.js', 'i18n.js']) {
      expect(code(name), name).toBe(`${EAGER_COMPILE_HINT}\nconsole.log("${name}");`);
      // Its source map gets the hint's line, empty: the code below keeps its sources.
      expect((bundle[name] as OutputChunk).map?.mappings, name).toBe(';AAAA');
    }
    for (const name of ['TerritoriesArea.js', 'engine.worker.js']) expect(code(name), name).not.toContain(EAGER_COMPILE_HINT);
    expect((bundle['app.css'] as OutputAsset).source).toBe('body{}');
  });

  it('leaves a build without the first screen (the benchmark floor page) as it is', () => {
    const bundle = { 'bench-map.js': chunk('bench-map.js', ['echarts.js']), 'echarts.js': chunk('echarts.js', []) } as OutputBundle;
    generate(bundle);
    expect((bundle['echarts.js'] as OutputChunk).code).not.toContain(EAGER_COMPILE_HINT);
  });
});
