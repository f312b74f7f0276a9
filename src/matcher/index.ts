// The matcher's public face: compile the catalogue once, then diagnose pastes with it.
export { compileMatcherData, type MatcherData, type CompiledVariant, type VariantSource } from './compile.ts';
export { diagnose, maxInputLength, type Diagnosis, type DiagnosisFacts, type Span } from './diagnose.ts';
export { normalise, squeeze } from './normalise.ts';
export { tellingWords } from './telling.ts';
