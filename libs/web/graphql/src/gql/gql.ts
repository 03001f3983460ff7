/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment ChainMapNodeFields on MapNode {\n    id\n    parentId\n    name\n    description\n    position\n    status\n    isHighEnd\n    isKey\n    industryCode\n    sortOrder\n    depth\n    version\n    anchorCompanies\n    localCompanies\n    targetCompanies\n    activeLeads\n    activeProjects\n    projectsByStage {\n      stage\n      count\n    }\n    isGap\n    isUncovered\n  }\n": typeof types.ChainMapNodeFieldsFragmentDoc,
    "\n  query ChainMapPage($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      leaderId\n      leadDepartmentId\n    }\n    chainMap(chainId: $chainId) {\n      chainId\n      chainName\n      mapId\n      title\n      nodes {\n        ...ChainMapNodeFields\n      }\n      edges {\n        id\n        fromId\n        toId\n      }\n      summary {\n        nodes\n        strong\n        weak\n        missing\n        uncovered\n      }\n    }\n  }\n": typeof types.ChainMapPageDocument,
    "\n  query ChainMapNode($id: ID!) {\n    chainNode(id: $id) {\n      id\n      name\n      description\n      status\n      position\n      isHighEnd\n      isKey\n      industryCode\n      version\n      companies {\n        id\n        role\n        company {\n          id\n          name\n          isLocal\n        }\n      }\n      leads {\n        id\n        title\n        status\n        company {\n          id\n          name\n        }\n      }\n      projects {\n        id\n        name\n        stage\n        investment\n        company {\n          id\n          name\n        }\n      }\n      policies {\n        id\n        title\n        documentNumber\n      }\n    }\n  }\n": typeof types.ChainMapNodeDocument,
    "\n  mutation AddChainMapNode($input: AddChainNodeInput!) {\n    addChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.AddChainMapNodeDocument,
    "\n  mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {\n    updateChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateChainMapNodeDocument,
    "\n  mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {\n    deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)\n  }\n": typeof types.DeleteChainMapNodeDocument,
    "\n  mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {\n    addChainEdge(fromId: $fromId, toId: $toId) {\n      id\n      fromId\n      toId\n    }\n  }\n": typeof types.AddChainMapEdgeDocument,
    "\n  mutation DeleteChainMapEdge($edgeId: ID!) {\n    deleteChainEdge(edgeId: $edgeId)\n  }\n": typeof types.DeleteChainMapEdgeDocument,
    "\n  query ChainsOverview {\n    chains {\n      id\n      name\n      track\n      leader {\n        id\n        displayName\n      }\n      leadDepartment {\n        id\n        name\n      }\n      map {\n        id\n        segmentCount\n      }\n      workPlan {\n        id\n        progress {\n          done\n          total\n          percent\n        }\n      }\n      policySet {\n        id\n        policies {\n          id\n        }\n      }\n      targets {\n        ...ChainTargetFields\n      }\n    }\n  }\n": typeof types.ChainsOverviewDocument,
    "\n  fragment ChainTargetFields on ChainTarget {\n    id\n    metric\n    comparator\n    value\n    unit\n    year\n    quote\n    baselineValue\n    baselineYear\n  }\n": typeof types.ChainTargetFieldsFragmentDoc,
    "\n  fragment WorkPlanTaskFields on WorkPlanTask {\n    id\n    title\n    description\n    status\n    dueDate\n    completedAt\n    sortOrder\n    ownerDepartmentId\n    ownerDepartment {\n      id\n      name\n    }\n  }\n": typeof types.WorkPlanTaskFieldsFragmentDoc,
    "\n  fragment PolicyFields on Policy {\n    id\n    title\n    documentNumber\n    issuer\n    validFrom\n    validTo\n    summary\n    isDemo\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  query ChainDetail($id: ID!) {\n    chain(id: $id) {\n      id\n      code\n      name\n      track\n      description\n      leaderId\n      leadDepartmentId\n      leader {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n      leadDepartment {\n        id\n        name\n        shortName\n      }\n      targets {\n        ...ChainTargetFields\n      }\n      map {\n        id\n        title\n        segmentCount\n        focusDirections {\n          id\n          name\n          description\n          sortOrder\n        }\n      }\n      workPlan {\n        id\n        title\n        progress {\n          done\n          total\n          percent\n        }\n        tasks {\n          ...WorkPlanTaskFields\n        }\n      }\n      policySet {\n        id\n        title\n        policies {\n          ...PolicyFields\n        }\n      }\n    }\n  }\n": typeof types.ChainDetailDocument,
    "\n  query Departments {\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query LeaderCandidates($roles: [Role!]) {\n    users(roles: $roles) {\n      id\n      displayName\n      role\n      active\n    }\n  }\n": typeof types.LeaderCandidatesDocument,
    "\n  mutation ReassignChainLeader($chainId: ID!, $leaderId: ID!) {\n    reassignChainLeader(chainId: $chainId, leaderId: $leaderId) {\n      id\n      leaderId\n    }\n  }\n": typeof types.ReassignChainLeaderDocument,
    "\n  mutation ReassignChainLeadDepartment($chainId: ID!, $departmentId: ID!) {\n    reassignChainLeadDepartment(chainId: $chainId, departmentId: $departmentId) {\n      id\n      leadDepartmentId\n    }\n  }\n": typeof types.ReassignChainLeadDepartmentDocument,
    "\n  mutation AddWorkPlanTask($input: AddTaskInput!) {\n    addWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n": typeof types.AddWorkPlanTaskDocument,
    "\n  mutation UpdateWorkPlanTask($input: UpdateTaskInput!) {\n    updateWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n": typeof types.UpdateWorkPlanTaskDocument,
    "\n  mutation DeleteWorkPlanTask($taskId: ID!) {\n    deleteWorkPlanTask(taskId: $taskId)\n  }\n": typeof types.DeleteWorkPlanTaskDocument,
    "\n  mutation AddPolicy($input: AddPolicyInput!) {\n    addPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": typeof types.AddPolicyDocument,
    "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": typeof types.UpdatePolicyDocument,
    "\n  mutation DeletePolicy($policyId: ID!) {\n    deletePolicy(policyId: $policyId)\n  }\n": typeof types.DeletePolicyDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  fragment ChainMapNodeFields on MapNode {\n    id\n    parentId\n    name\n    description\n    position\n    status\n    isHighEnd\n    isKey\n    industryCode\n    sortOrder\n    depth\n    version\n    anchorCompanies\n    localCompanies\n    targetCompanies\n    activeLeads\n    activeProjects\n    projectsByStage {\n      stage\n      count\n    }\n    isGap\n    isUncovered\n  }\n": types.ChainMapNodeFieldsFragmentDoc,
    "\n  query ChainMapPage($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      leaderId\n      leadDepartmentId\n    }\n    chainMap(chainId: $chainId) {\n      chainId\n      chainName\n      mapId\n      title\n      nodes {\n        ...ChainMapNodeFields\n      }\n      edges {\n        id\n        fromId\n        toId\n      }\n      summary {\n        nodes\n        strong\n        weak\n        missing\n        uncovered\n      }\n    }\n  }\n": types.ChainMapPageDocument,
    "\n  query ChainMapNode($id: ID!) {\n    chainNode(id: $id) {\n      id\n      name\n      description\n      status\n      position\n      isHighEnd\n      isKey\n      industryCode\n      version\n      companies {\n        id\n        role\n        company {\n          id\n          name\n          isLocal\n        }\n      }\n      leads {\n        id\n        title\n        status\n        company {\n          id\n          name\n        }\n      }\n      projects {\n        id\n        name\n        stage\n        investment\n        company {\n          id\n          name\n        }\n      }\n      policies {\n        id\n        title\n        documentNumber\n      }\n    }\n  }\n": types.ChainMapNodeDocument,
    "\n  mutation AddChainMapNode($input: AddChainNodeInput!) {\n    addChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.AddChainMapNodeDocument,
    "\n  mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {\n    updateChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateChainMapNodeDocument,
    "\n  mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {\n    deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)\n  }\n": types.DeleteChainMapNodeDocument,
    "\n  mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {\n    addChainEdge(fromId: $fromId, toId: $toId) {\n      id\n      fromId\n      toId\n    }\n  }\n": types.AddChainMapEdgeDocument,
    "\n  mutation DeleteChainMapEdge($edgeId: ID!) {\n    deleteChainEdge(edgeId: $edgeId)\n  }\n": types.DeleteChainMapEdgeDocument,
    "\n  query ChainsOverview {\n    chains {\n      id\n      name\n      track\n      leader {\n        id\n        displayName\n      }\n      leadDepartment {\n        id\n        name\n      }\n      map {\n        id\n        segmentCount\n      }\n      workPlan {\n        id\n        progress {\n          done\n          total\n          percent\n        }\n      }\n      policySet {\n        id\n        policies {\n          id\n        }\n      }\n      targets {\n        ...ChainTargetFields\n      }\n    }\n  }\n": types.ChainsOverviewDocument,
    "\n  fragment ChainTargetFields on ChainTarget {\n    id\n    metric\n    comparator\n    value\n    unit\n    year\n    quote\n    baselineValue\n    baselineYear\n  }\n": types.ChainTargetFieldsFragmentDoc,
    "\n  fragment WorkPlanTaskFields on WorkPlanTask {\n    id\n    title\n    description\n    status\n    dueDate\n    completedAt\n    sortOrder\n    ownerDepartmentId\n    ownerDepartment {\n      id\n      name\n    }\n  }\n": types.WorkPlanTaskFieldsFragmentDoc,
    "\n  fragment PolicyFields on Policy {\n    id\n    title\n    documentNumber\n    issuer\n    validFrom\n    validTo\n    summary\n    isDemo\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  query ChainDetail($id: ID!) {\n    chain(id: $id) {\n      id\n      code\n      name\n      track\n      description\n      leaderId\n      leadDepartmentId\n      leader {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n      leadDepartment {\n        id\n        name\n        shortName\n      }\n      targets {\n        ...ChainTargetFields\n      }\n      map {\n        id\n        title\n        segmentCount\n        focusDirections {\n          id\n          name\n          description\n          sortOrder\n        }\n      }\n      workPlan {\n        id\n        title\n        progress {\n          done\n          total\n          percent\n        }\n        tasks {\n          ...WorkPlanTaskFields\n        }\n      }\n      policySet {\n        id\n        title\n        policies {\n          ...PolicyFields\n        }\n      }\n    }\n  }\n": types.ChainDetailDocument,
    "\n  query Departments {\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query LeaderCandidates($roles: [Role!]) {\n    users(roles: $roles) {\n      id\n      displayName\n      role\n      active\n    }\n  }\n": types.LeaderCandidatesDocument,
    "\n  mutation ReassignChainLeader($chainId: ID!, $leaderId: ID!) {\n    reassignChainLeader(chainId: $chainId, leaderId: $leaderId) {\n      id\n      leaderId\n    }\n  }\n": types.ReassignChainLeaderDocument,
    "\n  mutation ReassignChainLeadDepartment($chainId: ID!, $departmentId: ID!) {\n    reassignChainLeadDepartment(chainId: $chainId, departmentId: $departmentId) {\n      id\n      leadDepartmentId\n    }\n  }\n": types.ReassignChainLeadDepartmentDocument,
    "\n  mutation AddWorkPlanTask($input: AddTaskInput!) {\n    addWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n": types.AddWorkPlanTaskDocument,
    "\n  mutation UpdateWorkPlanTask($input: UpdateTaskInput!) {\n    updateWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n": types.UpdateWorkPlanTaskDocument,
    "\n  mutation DeleteWorkPlanTask($taskId: ID!) {\n    deleteWorkPlanTask(taskId: $taskId)\n  }\n": types.DeleteWorkPlanTaskDocument,
    "\n  mutation AddPolicy($input: AddPolicyInput!) {\n    addPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": types.AddPolicyDocument,
    "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": types.UpdatePolicyDocument,
    "\n  mutation DeletePolicy($policyId: ID!) {\n    deletePolicy(policyId: $policyId)\n  }\n": types.DeletePolicyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainMapNodeFields on MapNode {\n    id\n    parentId\n    name\n    description\n    position\n    status\n    isHighEnd\n    isKey\n    industryCode\n    sortOrder\n    depth\n    version\n    anchorCompanies\n    localCompanies\n    targetCompanies\n    activeLeads\n    activeProjects\n    projectsByStage {\n      stage\n      count\n    }\n    isGap\n    isUncovered\n  }\n"): (typeof documents)["\n  fragment ChainMapNodeFields on MapNode {\n    id\n    parentId\n    name\n    description\n    position\n    status\n    isHighEnd\n    isKey\n    industryCode\n    sortOrder\n    depth\n    version\n    anchorCompanies\n    localCompanies\n    targetCompanies\n    activeLeads\n    activeProjects\n    projectsByStage {\n      stage\n      count\n    }\n    isGap\n    isUncovered\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMapPage($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      leaderId\n      leadDepartmentId\n    }\n    chainMap(chainId: $chainId) {\n      chainId\n      chainName\n      mapId\n      title\n      nodes {\n        ...ChainMapNodeFields\n      }\n      edges {\n        id\n        fromId\n        toId\n      }\n      summary {\n        nodes\n        strong\n        weak\n        missing\n        uncovered\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainMapPage($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      leaderId\n      leadDepartmentId\n    }\n    chainMap(chainId: $chainId) {\n      chainId\n      chainName\n      mapId\n      title\n      nodes {\n        ...ChainMapNodeFields\n      }\n      edges {\n        id\n        fromId\n        toId\n      }\n      summary {\n        nodes\n        strong\n        weak\n        missing\n        uncovered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMapNode($id: ID!) {\n    chainNode(id: $id) {\n      id\n      name\n      description\n      status\n      position\n      isHighEnd\n      isKey\n      industryCode\n      version\n      companies {\n        id\n        role\n        company {\n          id\n          name\n          isLocal\n        }\n      }\n      leads {\n        id\n        title\n        status\n        company {\n          id\n          name\n        }\n      }\n      projects {\n        id\n        name\n        stage\n        investment\n        company {\n          id\n          name\n        }\n      }\n      policies {\n        id\n        title\n        documentNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainMapNode($id: ID!) {\n    chainNode(id: $id) {\n      id\n      name\n      description\n      status\n      position\n      isHighEnd\n      isKey\n      industryCode\n      version\n      companies {\n        id\n        role\n        company {\n          id\n          name\n          isLocal\n        }\n      }\n      leads {\n        id\n        title\n        status\n        company {\n          id\n          name\n        }\n      }\n      projects {\n        id\n        name\n        stage\n        investment\n        company {\n          id\n          name\n        }\n      }\n      policies {\n        id\n        title\n        documentNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChainMapNode($input: AddChainNodeInput!) {\n    addChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddChainMapNode($input: AddChainNodeInput!) {\n    addChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {\n    updateChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {\n    updateChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {\n    deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)\n  }\n"): (typeof documents)["\n  mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {\n    deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {\n    addChainEdge(fromId: $fromId, toId: $toId) {\n      id\n      fromId\n      toId\n    }\n  }\n"): (typeof documents)["\n  mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {\n    addChainEdge(fromId: $fromId, toId: $toId) {\n      id\n      fromId\n      toId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChainMapEdge($edgeId: ID!) {\n    deleteChainEdge(edgeId: $edgeId)\n  }\n"): (typeof documents)["\n  mutation DeleteChainMapEdge($edgeId: ID!) {\n    deleteChainEdge(edgeId: $edgeId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainsOverview {\n    chains {\n      id\n      name\n      track\n      leader {\n        id\n        displayName\n      }\n      leadDepartment {\n        id\n        name\n      }\n      map {\n        id\n        segmentCount\n      }\n      workPlan {\n        id\n        progress {\n          done\n          total\n          percent\n        }\n      }\n      policySet {\n        id\n        policies {\n          id\n        }\n      }\n      targets {\n        ...ChainTargetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainsOverview {\n    chains {\n      id\n      name\n      track\n      leader {\n        id\n        displayName\n      }\n      leadDepartment {\n        id\n        name\n      }\n      map {\n        id\n        segmentCount\n      }\n      workPlan {\n        id\n        progress {\n          done\n          total\n          percent\n        }\n      }\n      policySet {\n        id\n        policies {\n          id\n        }\n      }\n      targets {\n        ...ChainTargetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainTargetFields on ChainTarget {\n    id\n    metric\n    comparator\n    value\n    unit\n    year\n    quote\n    baselineValue\n    baselineYear\n  }\n"): (typeof documents)["\n  fragment ChainTargetFields on ChainTarget {\n    id\n    metric\n    comparator\n    value\n    unit\n    year\n    quote\n    baselineValue\n    baselineYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkPlanTaskFields on WorkPlanTask {\n    id\n    title\n    description\n    status\n    dueDate\n    completedAt\n    sortOrder\n    ownerDepartmentId\n    ownerDepartment {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WorkPlanTaskFields on WorkPlanTask {\n    id\n    title\n    description\n    status\n    dueDate\n    completedAt\n    sortOrder\n    ownerDepartmentId\n    ownerDepartment {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on Policy {\n    id\n    title\n    documentNumber\n    issuer\n    validFrom\n    validTo\n    summary\n    isDemo\n  }\n"): (typeof documents)["\n  fragment PolicyFields on Policy {\n    id\n    title\n    documentNumber\n    issuer\n    validFrom\n    validTo\n    summary\n    isDemo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainDetail($id: ID!) {\n    chain(id: $id) {\n      id\n      code\n      name\n      track\n      description\n      leaderId\n      leadDepartmentId\n      leader {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n      leadDepartment {\n        id\n        name\n        shortName\n      }\n      targets {\n        ...ChainTargetFields\n      }\n      map {\n        id\n        title\n        segmentCount\n        focusDirections {\n          id\n          name\n          description\n          sortOrder\n        }\n      }\n      workPlan {\n        id\n        title\n        progress {\n          done\n          total\n          percent\n        }\n        tasks {\n          ...WorkPlanTaskFields\n        }\n      }\n      policySet {\n        id\n        title\n        policies {\n          ...PolicyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainDetail($id: ID!) {\n    chain(id: $id) {\n      id\n      code\n      name\n      track\n      description\n      leaderId\n      leadDepartmentId\n      leader {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n      leadDepartment {\n        id\n        name\n        shortName\n      }\n      targets {\n        ...ChainTargetFields\n      }\n      map {\n        id\n        title\n        segmentCount\n        focusDirections {\n          id\n          name\n          description\n          sortOrder\n        }\n      }\n      workPlan {\n        id\n        title\n        progress {\n          done\n          total\n          percent\n        }\n        tasks {\n          ...WorkPlanTaskFields\n        }\n      }\n      policySet {\n        id\n        title\n        policies {\n          ...PolicyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderCandidates($roles: [Role!]) {\n    users(roles: $roles) {\n      id\n      displayName\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  query LeaderCandidates($roles: [Role!]) {\n    users(roles: $roles) {\n      id\n      displayName\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignChainLeader($chainId: ID!, $leaderId: ID!) {\n    reassignChainLeader(chainId: $chainId, leaderId: $leaderId) {\n      id\n      leaderId\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignChainLeader($chainId: ID!, $leaderId: ID!) {\n    reassignChainLeader(chainId: $chainId, leaderId: $leaderId) {\n      id\n      leaderId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignChainLeadDepartment($chainId: ID!, $departmentId: ID!) {\n    reassignChainLeadDepartment(chainId: $chainId, departmentId: $departmentId) {\n      id\n      leadDepartmentId\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignChainLeadDepartment($chainId: ID!, $departmentId: ID!) {\n    reassignChainLeadDepartment(chainId: $chainId, departmentId: $departmentId) {\n      id\n      leadDepartmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkPlanTask($input: AddTaskInput!) {\n    addWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkPlanTask($input: AddTaskInput!) {\n    addWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkPlanTask($input: UpdateTaskInput!) {\n    updateWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkPlanTask($input: UpdateTaskInput!) {\n    updateWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkPlanTask($taskId: ID!) {\n    deleteWorkPlanTask(taskId: $taskId)\n  }\n"): (typeof documents)["\n  mutation DeleteWorkPlanTask($taskId: ID!) {\n    deleteWorkPlanTask(taskId: $taskId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPolicy($input: AddPolicyInput!) {\n    addPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPolicy($input: AddPolicyInput!) {\n    addPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePolicy($policyId: ID!) {\n    deletePolicy(policyId: $policyId)\n  }\n"): (typeof documents)["\n  mutation DeletePolicy($policyId: ID!) {\n    deletePolicy(policyId: $policyId)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;