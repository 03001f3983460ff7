import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar, LocalDateScalar, PageTotalFields } from '@chainboard/server-core';
import { Meeting, type FrozenFigures } from './meeting.entity';

@ObjectType({ description: 'Closed over all issues (办结率), as a whole percent' })
export class ClosureRate {
  @Field(() => Int) closed: number;
  @Field(() => Int) total: number;
  @Field(() => Int) percent: number;
}

@ObjectType({ description: 'The closure rate (办结率) of the issues of the projects a unit is responsible for' })
export class UnitClosureRate extends ClosureRate {
  @Field(() => String, { nullable: true, description: 'The responsible unit; null for projects without one' })
  unit: string | null;
}

@ObjectType({ description: 'Action items due by the meeting and done by their due date' })
export class OnTimeRate {
  @Field(() => Int) onTime: number;
  @Field(() => Int) due: number;
  @Field(() => Int) percent: number;
}

@ObjectType({ description: "A meeting's figures: frozen when it is held, live before" })
export class MeetingFigures {
  @Field() meetingId: string;
  @Field() title: string;
  @Field(() => LocalDateScalar) heldOn: string;
  @Field(() => ClosureRate) issueClosure: ClosureRate;
  @Field(() => [UnitClosureRate]) closureByUnit: UnitClosureRate[];
  @Field(() => OnTimeRate) actionsOnTime: OnTimeRate;
  @Field(() => Int, { description: 'Projects that moved stage in the period' }) projectsMoved: number;
  @Field(() => Int) signed: number;
  @Field(() => Int) industrialisation: number;
  @Field(() => Int) tier30Plus: number;
  @Field(() => Int) tier10To30: number;
  @Field(() => DecimalScalar) signedAmount: string;
}

@ObjectType({ description: 'A paper of a meeting as a file' })
export class MeetingPaper {
  @Field() fileName: string;
  @Field({ description: 'The file, base64-encoded' }) contentBase64: string;
}

/** Figures as stored in a held meeting's frozen papers. */
export type FiguresData = FrozenFigures;

@ObjectType({ description: 'One page of the progress meetings, latest first' })
export class MeetingPage extends PageTotalFields {
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field(() => [Meeting]) items: Meeting[];
}
