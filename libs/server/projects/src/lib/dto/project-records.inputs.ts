import { Field, ID, InputType } from '@nestjs/graphql';
import { CoordinationIssueStatus, FundsKind, PROJECT_LIMITS } from '@chainboard/domain';
import { DateInput, DecimalInput, DecimalScalar, EnumInput, IdInput, LocalDateScalar, TextInput } from '@chainboard/server-core';

@InputType({ description: 'Money that arrived for a project (到位资金), 亿元' })
export class AddProjectFundsInput {
  @Field(() => ID)
  @IdInput()
  projectId: string;

  @Field(() => DecimalScalar, { description: '亿元, above zero' })
  @DecimalInput()
  amount: string;

  @Field(() => LocalDateScalar, { description: 'When it arrived; not after today' })
  @DateInput()
  receivedOn: string;

  @Field(() => FundsKind)
  @EnumInput(FundsKind)
  kind: FundsKind;

  @Field(() => String, { nullable: true })
  @TextInput({ max: PROJECT_LIMITS.reason, nullable: true, allowBlank: true })
  sourceNote?: string | null;
}

@InputType()
export class AddProjectMilestoneInput {
  @Field(() => ID)
  @IdInput()
  projectId: string;

  @Field()
  @TextInput({ max: PROJECT_LIMITS.milestoneName })
  name: string;

  @Field(() => LocalDateScalar)
  @DateInput()
  plannedOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was reached; not after today' })
  @DateInput({ nullable: true })
  actualOn?: string | null;
}

@InputType({ description: 'Changes to a milestone; a field left out stays, actualOn null reopens it' })
export class UpdateProjectMilestoneInput {
  @Field(() => ID)
  @IdInput()
  milestoneId: string;

  @Field({ nullable: true })
  @TextInput({ max: PROJECT_LIMITS.milestoneName, optional: true })
  name?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ optional: true })
  plannedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  actualOn?: string | null;
}

@InputType({ description: 'A progress update (进展)' })
export class AddProjectUpdateInput {
  @Field(() => ID)
  @IdInput()
  projectId: string;

  @Field()
  @TextInput({ max: PROJECT_LIMITS.issueText })
  text: string;
}

@InputType({ description: 'A coordination request (需协调事项): what is needed, from which unit (a department and/or a name), by when' })
export class RaiseCoordinationIssueInput {
  @Field(() => ID)
  @IdInput()
  projectId: string;

  @Field({ description: 'What is needed' })
  @TextInput({ max: PROJECT_LIMITS.issueTitle })
  title: string;

  @Field(() => String, { nullable: true })
  @TextInput({ max: PROJECT_LIMITS.issueText, nullable: true, allowBlank: true })
  detail?: string | null;

  @Field(() => ID, { nullable: true })
  @IdInput({ nullable: true })
  fromDepartmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'The unit asked, as text, when it is not in the department list' })
  @TextInput({ max: PROJECT_LIMITS.issueTitle, nullable: true, allowBlank: true })
  fromUnit?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @DateInput({ nullable: true })
  dueOn?: string | null;
}

@InputType({
  description: 'Moves an issue along ISSUE_TRANSITIONS: take it up (IN_PROGRESS), close it out (CLOSED, with the resolution), reopen it (OPEN, with the reason)',
})
export class MoveCoordinationIssueInput {
  @Field(() => ID)
  @IdInput()
  issueId: string;

  @Field(() => CoordinationIssueStatus)
  @EnumInput(CoordinationIssueStatus)
  to: CoordinationIssueStatus;

  @Field(() => String, { nullable: true, description: 'How it was solved: required to close out' })
  @TextInput({ max: PROJECT_LIMITS.issueText, nullable: true, allowBlank: true })
  resolution?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is reopened: required to reopen' })
  @TextInput({ max: PROJECT_LIMITS.reason, nullable: true, allowBlank: true })
  reason?: string | null;
}
