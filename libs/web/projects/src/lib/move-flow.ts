import { useCallback, useState } from 'react';
import type { ProjectStage } from '@chainboard/domain';
import { dropDecision, type BoardCard, type DropDecision } from './board';

/** A refused move, as the board shows it until the next attempt. */
export interface MoveRefusal {
  card: BoardCard;
  decision: Extract<DropDecision, { kind: 'refused' } | { kind: 'forbidden' }>;
  to: ProjectStage;
}

/**
 * The board's moves: a card dropped on a column (or a stage picked from its menu) either opens the stage dialog,
 * for a move the domain allows, or is refused, with the refusal kept to show (and the card staying where it was).
 */
export function useStageMoveFlow(onRefused?: (refusal: MoveRefusal) => void) {
  const [pending, setPending] = useState<{ card: BoardCard; to: ProjectStage } | null>(null);
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);

  const request = useCallback(
    (card: BoardCard, to: ProjectStage): DropDecision => {
      const decision = dropDecision(card, to);
      if (decision.kind === 'move') {
        setRefusal(null);
        setPending({ card, to });
      } else if (decision.kind === 'refused' || decision.kind === 'forbidden') {
        const refused: MoveRefusal = { card, decision, to };
        setRefusal(refused);
        onRefused?.(refused);
      }
      return decision;
    },
    [onRefused],
  );

  return { pending, refusal, request, close: () => setPending(null), dismissRefusal: () => setRefusal(null) };
}
