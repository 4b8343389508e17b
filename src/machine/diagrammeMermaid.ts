/**
 * Internal (documentation tooling, not exported by `recouvrement/machine`, so that it costs nothing in the
 * runtime bundle): a Mermaid `stateDiagram-v2` generated from a machine's definition — every state, every
 * transition with a target (event and guard name), eventless transitions as `[guard]`.
 * `docs/cycle-de-vie.md` embeds the diagram of `machineRecouvrement`; `scripts/diagramme-machine.ts`
 * regenerates it and a test fails when it is stale.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

interface Transition {
  readonly eventType: string;
  readonly target?: readonly AnyStateNode[] | undefined;
  readonly guard?: unknown;
  readonly reenter?: boolean;
}

const id = (n: AnyStateNode): string => (n.path.length ? n.path.join('_') : 'racine');

function nomGarde(g: unknown): string | null {
  if (g === undefined || g === null) return null;
  if (typeof g === 'string') return g;
  if (typeof g === 'object' && 'type' in g && typeof g.type === 'string') return g.type;
  return 'garde';
}

function libelle(t: Transition): string {
  const garde = nomGarde(t.guard);
  const evt = t.eventType === '' ? '' : t.eventType;
  // `evenementValide` only checks the event's shape: it says nothing about the lifecycle.
  const g = garde === null || garde === 'evenementValide' ? '' : `[${garde}]`;
  return [evt, g].filter(Boolean).join(' ');
}

function transitions(n: AnyStateNode): Transition[] {
  const r: Transition[] = [];
  for (const [, liste] of n.transitions) for (const t of liste as readonly Transition[]) r.push(t);
  for (const t of (n.always ?? []) as readonly Transition[]) r.push({ ...t, eventType: '' });
  return r;
}

/**
 * The Mermaid source of a machine's state diagram.
 *
 * Internal (not exported): its first line is `stateDiagram-v2`; it draws the diagram of docs/cycle-de-vie.md.
 */
export function diagrammeMermaid(machine: AnyStateMachine): string {
  const lignes: string[] = ['stateDiagram-v2'];
  const fleches: string[] = [];

  const declarer = (n: AnyStateNode, indent: string): void => {
    const enfants = Object.values(n.states) as AnyStateNode[];
    for (const e of enfants) {
      if (e.type === 'history') {
        lignes.push(`${indent}state "H (${e.parent?.key ?? ''})" as ${id(e)}`);
        continue;
      }
      const sous = Object.values(e.states) as AnyStateNode[];
      if (sous.length === 0) {
        lignes.push(`${indent}state "${e.key}" as ${id(e)}`);
      } else {
        lignes.push(`${indent}state "${e.key}" as ${id(e)} {`);
        const initial = e.config.initial;
        if (typeof initial === 'string') lignes.push(`${indent}  [*] --> ${id(e)}_${initial}`);
        declarer(e, `${indent}  `);
        lignes.push(`${indent}}`);
      }
      for (const t of transitions(e)) {
        for (const cible of t.target ?? []) fleches.push(`  ${id(e)} --> ${id(cible)}${libelle(t) ? ` : ${libelle(t)}` : ''}`);
      }
      if (e.type === 'final') fleches.push(`  ${id(e)} --> [*]`);
    }
  };
  const initial = machine.root.config.initial;
  if (typeof initial === 'string') lignes.push(`  [*] --> ${initial}`);
  declarer(machine.root, '  ');
  for (const t of transitions(machine.root)) {
    for (const cible of t.target ?? []) fleches.push(`  racine --> ${id(cible)} : ${libelle(t)}`);
  }
  return [...lignes, ...fleches].join('\n') + '\n';
}
