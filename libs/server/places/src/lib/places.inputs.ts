import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdInput, IntInput } from '@chainboard/server-core';

@InputType({ description: "A project's carrier among the places: a zone, a building, a land parcel (null clears one)" })
export class SetProjectCarrierInput {
  @Field(() => ID)
  @IdInput()
  projectId: string;

  @Field(() => Int, { description: 'The version of the project the editor saw' })
  @IntInput({ min: 0, max: 2_000_000_000, optional: false })
  expectedVersion: number;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  carrierZoneId?: string | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  carrierBuildingId?: string | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  carrierParcelId?: string | null;
}
