// The shape of a diagram as data: chains of boxes read left to right (or top to bottom on a narrow screen).

/** What a box stands for; it picks the box's border colour, and the text always says the same. */
export type Tone = 'actor' | 'pays' | 'stops' | 'works';

/** One box: a small label on top (who or what stage), a title, and a detail line. */
interface DiagramNode {
  kicker: string;
  title: string;
  detail?: string;
  tone: Tone;
}

/** Boxes joined by arrows, in order, with the same thing said in one sentence for the text alternative. */
interface DiagramChain {
  says: string;
  nodes: DiagramNode[];
}

/** A whole diagram: a title, its chains, and notes that qualify it; the text alternative is built from these. */
export interface DiagramData {
  /** A prefix for element ids; unique on a page. */
  id: string;
  title: string;
  chains: DiagramChain[];
  /** Said under the diagram and in its text alternative. */
  notes: string[];
}
