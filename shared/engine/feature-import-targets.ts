import type { FeatureTargetHandler } from '../import/targets/feature-targets';
import { attractionImportTargets } from '../features/attraction';
import { initiativesImportTargets } from '../features/initiatives';
import { programmesImportTargets } from '../features/programmes';
import { worksImportTargets } from '../features/works';

/** The features' import targets, which the kernel's pipeline reaches only through its registry (feature-targets.ts). */
export const FEATURE_IMPORT_TARGETS: readonly FeatureTargetHandler[] = [
  worksImportTargets,
  attractionImportTargets,
  initiativesImportTargets,
  programmesImportTargets,
];
