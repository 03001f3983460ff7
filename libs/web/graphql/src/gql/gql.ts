/* eslint-disable */
import * as types from './graphql';



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
    "\n  query AuditEntries($input: AuditEntriesInput) {\n    auditEntries(input: $input) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        operation\n        action\n        entityType\n        entityId\n        recordType\n        recordId\n        chainId\n        before\n        after\n        requestId\n        address\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  mutation ExportAuditEntries($input: AuditEntriesInput) {\n    exportAuditEntries(input: $input) {\n      fileName\n      contentBase64\n      rows\n      total\n      cap\n      capped\n    }\n  }\n": typeof types.ExportAuditEntriesDocument,
    "\n  query RecycleBin($page: PageArgs) {\n    deletedCompanies(page: $page) {\n      total\n      items {\n        id\n        name\n        deletedAt\n        deletedById\n        mergedIntoId\n      }\n    }\n    deletedLeads(page: $page) {\n      total\n      items {\n        id\n        title\n        deletedAt\n        deletedById\n      }\n    }\n    deletedProjects(page: $page) {\n      total\n      items {\n        id\n        name\n        deletedAt\n        deletedById\n      }\n    }\n  }\n": typeof types.RecycleBinDocument,
    "\n  mutation RestoreCompany($id: ID!) {\n    restoreCompany(id: $id) {\n      id\n    }\n  }\n": typeof types.RestoreCompanyDocument,
    "\n  mutation RestoreLead($id: ID!) {\n    restoreLead(id: $id) {\n      id\n    }\n  }\n": typeof types.RestoreLeadDocument,
    "\n  mutation RestoreProject($id: ID!) {\n    restoreProject(id: $id) {\n      id\n    }\n  }\n": typeof types.RestoreProjectDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    role\n    roles\n    chainIds\n    active\n    mustChangePassword\n    lastSignInAt\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($filter: UserFilterInput) {\n    users(filter: $filter) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUserPage($filter: UserFilterInput, $page: PageArgs) {\n    userPage(filter: $filter, page: $page) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...AdminUserFields\n      }\n    }\n  }\n": typeof types.AdminUserPageDocument,
    "\n  query AdminChains {\n    chains {\n      id\n      name\n    }\n  }\n": typeof types.AdminChainsDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    active\n  }\n": typeof types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($includeInactive: Boolean) {\n    departments(includeInactive: $includeInactive) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.AdminDepartmentsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      temporaryPassword\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation SetDepartmentActive($departmentId: ID!, $active: Boolean!) {\n    setDepartmentActive(departmentId: $departmentId, active: $active) {\n      ...AdminDepartmentFields\n    }\n  }\n": typeof types.SetDepartmentActiveDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    roles\n    chainIds\n    mustChangePassword\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      refreshToken\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      refreshToken\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ChainMapNodeFields on MapNode {\n    id\n    parentId\n    name\n    description\n    position\n    status\n    statusSource\n    isHighEnd\n    isKey\n    industryCode\n    sortOrder\n    depth\n    version\n    anchorCompanies\n    localCompanies\n    targetCompanies\n    activeLeads\n    activeProjects\n    projectsByStage {\n      stage\n      count\n    }\n    isGap\n    isUncovered\n  }\n": typeof types.ChainMapNodeFieldsFragmentDoc,
    "\n  query ChainMapPage($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      leaderId\n      leadDepartmentId\n    }\n    chainMap(chainId: $chainId) {\n      chainId\n      chainName\n      mapId\n      title\n      nodes {\n        ...ChainMapNodeFields\n      }\n      edges {\n        id\n        fromId\n        toId\n      }\n      summary {\n        nodes\n        strong\n        weak\n        missing\n        uncovered\n      }\n    }\n  }\n": typeof types.ChainMapPageDocument,
    "\n  query ChainMapNode(\n    $id: ID!\n    $companiesLimit: Int\n    $companiesOffset: Int\n    $leadsLimit: Int\n    $leadsOffset: Int\n    $projectsLimit: Int\n    $projectsOffset: Int\n  ) {\n    chainNode(id: $id) {\n      id\n      name\n      description\n      status\n      position\n      isHighEnd\n      isKey\n      industryCode\n      version\n      companyCount\n      companies(limit: $companiesLimit, offset: $companiesOffset) {\n        id\n        role\n        company {\n          id\n          name\n          isLocal\n        }\n      }\n      leadCount\n      leads(limit: $leadsLimit, offset: $leadsOffset) {\n        id\n        title\n        status\n        company {\n          id\n          name\n        }\n      }\n      projectCount\n      projects(limit: $projectsLimit, offset: $projectsOffset) {\n        id\n        name\n        stage\n        investment\n        company {\n          id\n          name\n        }\n      }\n      policies {\n        id\n        title\n        documentNumber\n      }\n    }\n  }\n": typeof types.ChainMapNodeDocument,
    "\n  mutation AddChainMapNode($input: AddChainNodeInput!) {\n    addChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.AddChainMapNodeDocument,
    "\n  mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {\n    updateChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateChainMapNodeDocument,
    "\n  mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {\n    deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)\n  }\n": typeof types.DeleteChainMapNodeDocument,
    "\n  mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {\n    addChainEdge(fromId: $fromId, toId: $toId) {\n      id\n      fromId\n      toId\n    }\n  }\n": typeof types.AddChainMapEdgeDocument,
    "\n  mutation DeleteChainMapEdge($edgeId: ID!) {\n    deleteChainEdge(edgeId: $edgeId)\n  }\n": typeof types.DeleteChainMapEdgeDocument,
    "\n  query ChainsOverview {\n    chains {\n      id\n      name\n      track\n      leader {\n        id\n        displayName\n      }\n      leadDepartment {\n        id\n        name\n      }\n      map {\n        id\n        nodeCount\n      }\n      workPlan {\n        id\n        progress {\n          done\n          total\n          percent\n        }\n      }\n      policySet {\n        id\n        policies {\n          id\n        }\n      }\n      targets {\n        ...ChainTargetFields\n      }\n    }\n  }\n": typeof types.ChainsOverviewDocument,
    "\n  fragment ChainTargetFields on ChainTarget {\n    id\n    metric\n    comparator\n    value\n    unit\n    year\n    quote\n    baselineValue\n    baselineYear\n  }\n": typeof types.ChainTargetFieldsFragmentDoc,
    "\n  fragment WorkPlanTaskFields on WorkPlanTask {\n    id\n    title\n    description\n    status\n    dueDate\n    completedAt\n    sortOrder\n    isDemo\n    ownerDepartmentId\n    ownerDepartment {\n      id\n      name\n    }\n  }\n": typeof types.WorkPlanTaskFieldsFragmentDoc,
    "\n  fragment PolicyFields on Policy {\n    id\n    title\n    documentNumber\n    issuer\n    validFrom\n    validTo\n    summary\n    isDemo\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  query ChainDetail($id: ID!) {\n    chain(id: $id) {\n      id\n      code\n      name\n      track\n      description\n      leaderId\n      leadDepartmentId\n      leader {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n      leadDepartment {\n        id\n        name\n        shortName\n      }\n      targets {\n        ...ChainTargetFields\n      }\n      map {\n        id\n        title\n        nodeCount\n        focusDirections {\n          id\n          name\n          description\n          sortOrder\n        }\n      }\n      workPlan {\n        id\n        title\n        progress {\n          done\n          total\n          percent\n        }\n        tasks {\n          ...WorkPlanTaskFields\n        }\n      }\n      policySet {\n        id\n        title\n        policies {\n          ...PolicyFields\n        }\n      }\n    }\n  }\n": typeof types.ChainDetailDocument,
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
    "\n  query CompanyHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CompanyHistoryDocument,
    "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": typeof types.DeleteCompanyDocument,
    "\n  fragment CompanyTagFields on CompanyTag {\n    id\n    year\n    listId\n    list {\n      id\n      name\n      category\n      level\n    }\n  }\n": typeof types.CompanyTagFieldsFragmentDoc,
    "\n  fragment CompanyRowFields on Company {\n    id\n    name\n    englishName\n    aliases\n    creditCode\n    province\n    city\n    headquarters\n    isListed\n    isLocal\n    openLeadCount\n    lastContactOn\n    updatedAt\n    tags {\n      ...CompanyTagFields\n    }\n  }\n": typeof types.CompanyRowFieldsFragmentDoc,
    "\n  query Companies($input: CompanyListInput) {\n    companies(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...CompanyRowFields\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  query CompanyDetail($id: ID!) {\n    company(id: $id) {\n      ...CompanyRowFields\n      version\n      nodes {\n        id\n        role\n        nodeId\n        node {\n          id\n          name\n        }\n        chain {\n          id\n          name\n        }\n      }\n      prospectCount\n      leadCount\n      projectCount\n      contactCount\n    }\n  }\n": typeof types.CompanyDetailDocument,
    "\n  query CompanyLeads($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      leadCount\n      leads(limit: $limit, offset: $offset) {\n        ...LeadSummaryFields\n      }\n    }\n  }\n": typeof types.CompanyLeadsDocument,
    "\n  query CompanyProspects($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      prospectCount\n      prospects(limit: $limit, offset: $offset) {\n        ...ProspectFields\n      }\n    }\n  }\n": typeof types.CompanyProspectsDocument,
    "\n  query CompanyProjects($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      projectCount\n      projects(limit: $limit, offset: $offset) {\n        id\n        name\n        stage\n        investment\n        chainId\n      }\n    }\n  }\n": typeof types.CompanyProjectsDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation MergeCompanies($input: MergeCompaniesInput!) {\n    mergeCompanies(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.MergeCompaniesDocument,
    "\n  mutation SetCompanyNode($input: SetCompanyNodeInput!) {\n    setCompanyNode(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.SetCompanyNodeDocument,
    "\n  mutation RemoveCompanyNode($companyId: ID!, $nodeId: ID!) {\n    removeCompanyNode(companyId: $companyId, nodeId: $nodeId)\n  }\n": typeof types.RemoveCompanyNodeDocument,
    "\n  mutation AddCompanyTag($input: AddCompanyTagInput!) {\n    addCompanyTag(input: $input) {\n      ...CompanyTagFields\n    }\n  }\n": typeof types.AddCompanyTagDocument,
    "\n  mutation RemoveCompanyTag($tagId: ID!) {\n    removeCompanyTag(tagId: $tagId)\n  }\n": typeof types.RemoveCompanyTagDocument,
    "\n  fragment CompanyListFields on CompanyList {\n    id\n    name\n    category\n    level\n    publisher\n    tagCount\n  }\n": typeof types.CompanyListFieldsFragmentDoc,
    "\n  query ManagedCompanyLists {\n    companyLists {\n      ...CompanyListFields\n    }\n  }\n": typeof types.ManagedCompanyListsDocument,
    "\n  mutation CreateCompanyList($input: CreateCompanyListInput!) {\n    createCompanyList(input: $input) {\n      ...CompanyListFields\n    }\n  }\n": typeof types.CreateCompanyListDocument,
    "\n  mutation UpdateCompanyList($input: UpdateCompanyListInput!) {\n    updateCompanyList(input: $input) {\n      ...CompanyListFields\n    }\n  }\n": typeof types.UpdateCompanyListDocument,
    "\n  mutation DeleteCompanyList($listId: ID!) {\n    deleteCompanyList(listId: $listId)\n  }\n": typeof types.DeleteCompanyListDocument,
    "\n  query CompanyLists {\n    companyLists {\n      id\n      name\n      category\n      level\n      publisher\n    }\n  }\n": typeof types.CompanyListsDocument,
    "\n  fragment CrmChainFields on IndustryChain {\n    id\n    code\n    name\n    sortOrder\n    leaderId\n    leadDepartmentId\n  }\n": typeof types.CrmChainFieldsFragmentDoc,
    "\n  query CrmChains {\n    chains {\n      ...CrmChainFields\n    }\n  }\n": typeof types.CrmChainsDocument,
    "\n  query CrmChainNodes($chainId: ID!) {\n    chainMap(chainId: $chainId) {\n      chainId\n      nodes {\n        id\n        name\n        parentId\n        depth\n        sortOrder\n      }\n    }\n  }\n": typeof types.CrmChainNodesDocument,
    "\n  query CrmUsers {\n    users {\n      id\n      displayName\n      role\n      roles\n      departmentId\n      chainIds\n      active\n    }\n  }\n": typeof types.CrmUsersDocument,
    "\n  fragment LeadSummaryFields on Lead {\n    id\n    title\n    isDemo\n    masked\n    confidential\n    codeName\n    status\n    source\n    createdOn\n    nextAction\n    nextActionDue\n    intendedInvestment\n    canEdit\n    chain {\n      id\n      name\n    }\n    company {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    timing {\n      alerts\n      daysSinceContact\n      lastContactOn\n      stale\n      nextActionOverdue\n      nextActionDueToday\n      firstContactOverdue\n      assessmentOverdue\n    }\n  }\n": typeof types.LeadSummaryFieldsFragmentDoc,
    "\n  fragment InteractionFields on Interaction {\n    id\n    type\n    occurredOn\n    ourPeople\n    theirPeople\n    summary\n    outcome\n    nextStep\n    createdAt\n    companyId\n    leadId\n    createdBy {\n      id\n      displayName\n    }\n    lead {\n      id\n      title\n      masked\n    }\n    company {\n      id\n      name\n    }\n  }\n": typeof types.InteractionFieldsFragmentDoc,
    "\n  fragment ProspectFields on Prospect {\n    id\n    isDemo\n    priority\n    reason\n    companyId\n    nodeId\n    assigneeId\n    leadId\n    company {\n      id\n      name\n      city\n      isListed\n    }\n    node {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    lead {\n      id\n      title\n      masked\n      status\n    }\n  }\n": typeof types.ProspectFieldsFragmentDoc,
    "\n  query CompanyOptions($input: CompanyListInput) {\n    companies(input: $input) {\n      total\n      items {\n        id\n        name\n        creditCode\n        city\n        aliases\n      }\n    }\n  }\n": typeof types.CompanyOptionsDocument,
    "\n  query CompanyDuplicates($name: String!, $creditCode: String) {\n    companyDuplicates(name: $name, creditCode: $creditCode) {\n      reason\n      company {\n        id\n        name\n        creditCode\n        province\n        city\n      }\n    }\n  }\n": typeof types.CompanyDuplicatesDocument,
    "\n  mutation AddInteraction($input: AddInteractionInput!) {\n    addInteraction(input: $input) {\n      id\n      leadId\n      companyId\n    }\n  }\n": typeof types.AddInteractionDocument,
    "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateInteractionDocument,
    "\n  mutation DeleteInteraction($interactionId: ID!) {\n    deleteInteraction(interactionId: $interactionId)\n  }\n": typeof types.DeleteInteractionDocument,
    "\n  query LeadContacts($id: ID!, $limit: Int!, $offset: Int!) {\n    lead(id: $id) {\n      id\n      contactCount\n      contacts(limit: $limit, offset: $offset) {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.LeadContactsDocument,
    "\n  query CompanyContacts($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      contactCount\n      contacts(limit: $limit, offset: $offset) {\n        ...InteractionFields\n      }\n    }\n  }\n": typeof types.CompanyContactsDocument,
    "\n  mutation UpdateProspect($input: UpdateProspectInput!) {\n    updateProspect(input: $input) {\n      ...ProspectFields\n    }\n  }\n": typeof types.UpdateProspectDocument,
    "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    tableKey\n    settings\n  }\n": typeof types.SavedViewFieldsFragmentDoc,
    "\n  query SavedViews($tableKey: String) {\n    savedViews(tableKey: $tableKey) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.SavedViewsDocument,
    "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.CreateSavedViewDocument,
    "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": typeof types.UpdateSavedViewDocument,
    "\n  mutation DeleteSavedView($viewId: ID!) {\n    deleteSavedView(viewId: $viewId)\n  }\n": typeof types.DeleteSavedViewDocument,
    "\n  query ExportColumns($table: ExportTable!) {\n    exportColumns(table: $table) {\n      key\n      label\n    }\n  }\n": typeof types.ExportColumnsDocument,
    "\n  mutation ExportCompanies($input: CompanyListInput, $columns: [String!]!) {\n    exportCompanies(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.ExportCompaniesDocument,
    "\n  mutation ExportLeads($input: LeadListInput, $columns: [String!]!) {\n    exportLeads(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.ExportLeadsDocument,
    "\n  mutation ExportProspects($input: ProspectListInput, $columns: [String!]!) {\n    exportProspects(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.ExportProspectsDocument,
    "\n  mutation ExportProjects($input: ProjectListInput, $columns: [String!]!) {\n    exportProjects(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.ExportProjectsDocument,
    "\n  mutation PreviewImport($input: PreviewImportInput!) {\n    previewImport(input: $input) {\n      id\n      kind\n      fileName\n      totalRows\n      goodRows\n      badRows\n      toCreate\n      toUpdate\n      unchanged\n      problems {\n        row\n        column\n        message\n      }\n      headerRow\n      mappingSaved\n      needsMapping\n      columns {\n        index\n        letter\n        heading\n        field\n        suggestedField\n        origin\n        samples\n      }\n      fields {\n        field\n        label\n        required\n        derived\n      }\n      values {\n        field\n        label\n        column\n        mayLeaveToImporter\n        values {\n          value\n          rows\n          suggested\n          target\n          targetLabel\n        }\n        options {\n          target\n          label\n        }\n      }\n    }\n  }\n": typeof types.PreviewImportDocument,
    "\n  mutation ConfirmImport($id: ID!, $mode: ImportMode!) {\n    confirmImport(id: $id, mode: $mode) {\n      id\n      created\n      updated\n      unchanged\n      skippedRows\n    }\n  }\n": typeof types.ConfirmImportDocument,
    "\n  query ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      processed\n      total\n      done\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      id\n      processed\n      total\n      done\n      cancelled\n    }\n  }\n": typeof types.CancelImportDocument,
    "\n  query Dashboard($asOf: LocalDate!, $chainId: ID, $includeDemo: Boolean) {\n    dashboard(asOf: $asOf, chainId: $chainId, includeDemo: $includeDemo) {\n      asOf\n      chainId\n      counters {\n        signed\n        industrialisation\n        tier30Plus\n        tier10To30\n        signedAmount\n        fundsInPlace\n        targets {\n          industrialisation\n          tier30Plus\n          tier10To30\n        }\n      }\n      periods {\n        kind\n        from\n        to\n        signed\n        industrialisation\n        industrialisationTarget\n        signedAmount\n        fundsInPlace\n      }\n      redProjects\n      yellowProjects\n      issues {\n        open\n        raisedThisYear\n        closedThisYear\n        closedOnTime\n        closureRatePercent\n      }\n      leadActivity {\n        userId\n        interactions\n        leads\n      }\n      land {\n        revitalisedMu\n        revitalisedParcels\n        targetMu\n        completionPercent\n        inProgressParcels\n        districtTotals {\n          id\n          parcels\n          areaMu\n          quote\n        }\n      }\n      buildings {\n        completed\n        target\n        vacantAreaM2\n      }\n      indicators {\n        name\n        unit\n        year\n        quarter\n        source\n        actual\n        actualText\n        actualYear\n        actualQuarter\n        sourceNote\n        expected\n        onPathPercent\n        completionPercent\n        onTrack\n        indicator {\n          id\n          code\n          category\n          baselineValue\n          baselineText\n          baselineYear\n          targetValue\n          targetText\n          targetYear\n          attribute\n        }\n        chainTarget {\n          id\n          metric\n          value\n          year\n          baselineValue\n          baselineYear\n          quote\n        }\n      }\n      demo {\n        projects\n        parcels\n        buildings\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardOpenIssues($asOf: LocalDate!, $chainId: ID, $offset: Int, $limit: Int) {\n    dashboardOpenIssues(asOf: $asOf, chainId: $chainId, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        title\n        status\n        raisedOn\n        dueOn\n        projectId\n        projectName\n      }\n    }\n  }\n": typeof types.DashboardOpenIssuesDocument,
    "\n  query DashboardFunnel($input: ProjectBoardInput) {\n    projectBoard(input: $input) {\n      columns {\n        stage\n        count\n        totalAgreedInvestment\n        maskedCount\n      }\n    }\n  }\n": typeof types.DashboardFunnelDocument,
    "\n  query DashboardPlaces {\n    landParcels {\n      id\n      name\n      areaMu\n      status\n      revitalisedOn\n      isDemo\n    }\n    placeBuildings {\n      id\n      name\n      work\n      workCompletedOn\n      floorAreaM2\n      vacantAreaM2\n      isDemo\n    }\n  }\n": typeof types.DashboardPlacesDocument,
    "\n  query DashboardIndicatorActuals($indicatorId: ID, $chainTargetId: ID) {\n    indicatorActuals(indicatorId: $indicatorId, chainTargetId: $chainTargetId) {\n      id\n      year\n      quarter\n      value\n      valueText\n      sourceNote\n      enteredAt\n    }\n  }\n": typeof types.DashboardIndicatorActualsDocument,
    "\n  fragment RankingLineFields on RankingLine {\n    subjectId\n    subjectName\n    score\n    rank\n    figures {\n      signedCount\n      signedCountTarget\n      signedAmount\n      signedAmountTarget\n      fundsInPlace\n      fundsInPlaceTarget\n      startsDue\n      startsOnTime\n      issuesDue\n      issuesClosedOnTime\n      interactions\n    }\n    weights {\n      signedCount\n      signedAmount\n      fundsInPlace\n      startedOnTime\n      issuesClosedOnTime\n      leadActivity\n    }\n  }\n": typeof types.RankingLineFieldsFragmentDoc,
    "\n  query Ranking($month: String!, $kind: String!) {\n    ranking(month: $month, kind: $kind) {\n      month\n      kind\n      published\n      lines {\n        ...RankingLineFields\n      }\n    }\n    publishedRankingMonths\n  }\n": typeof types.RankingDocument,
    "\n  mutation PublishRanking($month: String!) {\n    publishRanking(month: $month) {\n      month\n      kind\n      published\n    }\n  }\n": typeof types.PublishRankingDocument,
    "\n  mutation RankingQuarterReport($year: Int!, $quarter: Int!) {\n    rankingQuarterReport(year: $year, quarter: $quarter) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.RankingQuarterReportDocument,
    "\n  mutation DeleteLead($id: ID!) {\n    deleteLead(id: $id)\n  }\n": typeof types.DeleteLeadDocument,
    "\n  query LeadHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    lead(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.LeadHistoryDocument,
    "\n  query Leads($input: LeadListInput) {\n    leads(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...LeadSummaryFields\n        updatedAt\n      }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  fragment LeadDetailFields on Lead {\n    ...LeadSummaryFields\n    version\n    chainId\n    companyId\n    ownerId\n    closeReason\n    createdAt\n    updatedAt\n    projectId\n    project {\n      id\n      name\n      stage\n    }\n    prospect {\n      id\n    }\n    nodes {\n      id\n      name\n    }\n    timing {\n      alerts\n      firstContactDue\n      firstContactOn\n      firstContactOverdue\n      assessmentDue\n      assessedOn\n      assessmentOverdue\n      lastContactOn\n      daysSinceContact\n      nextActionOverdue\n      nextActionDueToday\n      stale\n    }\n    contactCount\n  }\n": typeof types.LeadDetailFieldsFragmentDoc,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.LeadDetailDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.UpdateLeadDocument,
    "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.MoveLeadDocument,
    "\n  mutation ConvertLeadToProject($input: ConvertLeadInput!) {\n    convertLeadToProject(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": typeof types.ConvertLeadToProjectDocument,
    "\n  fragment WorkSummaryFields on WorkSummary {\n    today\n    chain {\n      id\n      name\n    }\n    rules {\n      firstContactWorkingDays\n      assessmentWorkingDays\n      staleDays\n    }\n    limit\n    attention\n    leads {\n      ...LeadSummaryFields\n    }\n    openLeads {\n      total\n      leadIds\n    }\n    dueToday {\n      total\n      leadIds\n    }\n    overdueNextActions {\n      total\n      leadIds\n    }\n    firstContactOverdue {\n      total\n      leadIds\n    }\n    assessmentOverdue {\n      total\n      leadIds\n    }\n    stale {\n      total\n      leadIds\n    }\n    prospects {\n      total\n      items {\n        ...ProspectFields\n      }\n    }\n  }\n": typeof types.WorkSummaryFieldsFragmentDoc,
    "\n  query MyWork {\n    myWork {\n      ...WorkSummaryFields\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  query ChainWork($chainId: ID!) {\n    chainWork(chainId: $chainId) {\n      ...WorkSummaryFields\n    }\n  }\n": typeof types.ChainWorkDocument,
    "\n  query Prospects($input: ProspectListInput) {\n    prospects(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...ProspectFields\n      }\n    }\n  }\n": typeof types.ProspectsDocument,
    "\n  mutation AddProspect($input: AddProspectInput!) {\n    addProspect(input: $input) {\n      ...ProspectFields\n    }\n  }\n": typeof types.AddProspectDocument,
    "\n  mutation RemoveProspect($prospectId: ID!) {\n    removeProspect(prospectId: $prospectId)\n  }\n": typeof types.RemoveProspectDocument,
    "\n  mutation ConvertProspectToLead($input: ConvertProspectInput!) {\n    convertProspectToLead(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.ConvertProspectToLeadDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      query\n      words\n      groups {\n        kind\n        hasMore\n        hits {\n          id\n          kind\n          title\n          titleHighlights {\n            start\n            length\n          }\n          detail\n          detailHighlights {\n            start\n            length\n          }\n          company {\n            id\n          }\n          lead {\n            id\n            masked\n            status\n          }\n          contact {\n            id\n            leadId\n            companyId\n            occurredOn\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation UpdateLeadTimeRules($input: UpdateLeadTimeRulesInput!) {\n    updateLeadTimeRules(input: $input) {\n      firstContactWorkingDays\n      assessmentWorkingDays\n      staleDays\n    }\n  }\n": typeof types.UpdateLeadTimeRulesDocument,
    "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    title\n    heldOn\n    place\n    status\n    allChains\n    isDemo\n    periodFrom\n    periodTo\n    chains {\n      id\n      name\n    }\n    chair {\n      id\n      displayName\n    }\n  }\n": typeof types.MeetingSummaryFieldsFragmentDoc,
    "\n  query Meetings($chainId: ID, $page: PageArgs) {\n    meetings(chainId: $chainId, page: $page) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...MeetingSummaryFields\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  fragment MeetingItemFields on MeetingItem {\n    id\n    position\n    kind\n    refKind\n    refId\n    projectId\n    title\n    summary\n    carriedCount\n    discussion\n    decisions\n  }\n": typeof types.MeetingItemFieldsFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingSummaryFields\n      frozen\n      canManage\n      canRecord\n      attendees {\n        id\n        guestName\n        guestUnit\n        user {\n          id\n          displayName\n        }\n      }\n      items {\n        ...MeetingItemFields\n      }\n      actions {\n        id\n        itemId\n        text\n        dueOn\n        status\n        doneOn\n        issueId\n        owner {\n          id\n          displayName\n        }\n      }\n      closures {\n        id\n        itemId\n        issueId\n        resolution\n        closedOn\n      }\n      figures {\n        issueClosure {\n          closed\n          total\n          percent\n        }\n        actionsOnTime {\n          onTime\n          due\n          percent\n        }\n        projectsMoved\n        signed\n        signedAmount\n      }\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query PresenterProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      stage\n      light\n      agreedInvestment\n      fundsInPlace\n      owner {\n        id\n        displayName\n      }\n      chain {\n        id\n        name\n      }\n      latestUpdate {\n        text\n        createdOn\n      }\n    }\n  }\n": typeof types.PresenterProjectDocument,
    "\n  query MeetingPeople {\n    users {\n      id\n      displayName\n      active\n    }\n    chains {\n      id\n      name\n    }\n  }\n": typeof types.MeetingPeopleDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation CreateMeetingFromPrevious($input: CreateMeetingFromPreviousInput!) {\n    createMeetingFromPrevious(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMeetingFromPreviousDocument,
    "\n  mutation ReorderMeetingItems($input: ReorderMeetingItemsInput!) {\n    reorderMeetingItems(input: $input) {\n      id\n    }\n  }\n": typeof types.ReorderMeetingItemsDocument,
    "\n  mutation RemoveMeetingItem($itemId: ID!) {\n    removeMeetingItem(itemId: $itemId) {\n      id\n    }\n  }\n": typeof types.RemoveMeetingItemDocument,
    "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addMeetingItem(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMeetingItemDocument,
    "\n  mutation RecordMeetingItem($input: RecordMeetingItemInput!) {\n    recordMeetingItem(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordMeetingItemDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation CompleteActionItem($actionId: ID!) {\n    completeActionItem(actionId: $actionId) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation CloseOutIssueAtMeeting($input: CloseOutIssueInput!) {\n    closeOutIssueAtMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.CloseOutIssueAtMeetingDocument,
    "\n  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {\n    setMeetingStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SetMeetingStatusDocument,
    "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.MeetingMinutesDocument,
    "\n  query MeetingLedger($meetingId: ID!) {\n    meetingLedger(meetingId: $meetingId) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.MeetingLedgerDocument,
    "\n  query MyActionItems($limit: Int) {\n    myActionItems(limit: $limit) {\n      id\n      text\n      dueOn\n      status\n      issueId\n      issueTitle\n      meeting {\n        id\n        title\n        heldOn\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n": typeof types.DeleteProjectDocument,
    "\n  query ProjectHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    project(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ProjectHistoryDocument,
    "\n  fragment ProjectCardFields on Project {\n    id\n    name\n    masked\n    confidential\n    isDemo\n    type\n    stage\n    stageOn\n    heldFrom\n    agreedInvestment\n    tier\n    light\n    lightRule {\n      code\n      days\n      milestone\n    }\n    version\n    canMoveStage\n    chain {\n      id\n      name\n    }\n    company {\n      id\n      name\n      creditCode\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.ProjectCardFieldsFragmentDoc,
    "\n  fragment ProjectRowFields on Project {\n    ...ProjectCardFields\n    signedOn\n    createdOn\n    lastUpdateOn\n    fundsInPlace\n    fundsInPlacePercent\n    openIssueCount\n    nodes {\n      id\n      name\n    }\n    responsibleLeader {\n      id\n      displayName\n    }\n    responsibleUnit {\n      id\n      name\n    }\n    latestUpdate {\n      id\n      text\n      createdOn\n    }\n  }\n": typeof types.ProjectRowFieldsFragmentDoc,
    "\n  fragment ProjectEventFields on ProjectEvent {\n    id\n    kind\n    at\n    actor {\n      id\n      displayName\n    }\n    changes {\n      field\n      from\n      to\n    }\n    fromStage\n    toStage\n    effectiveOn\n    note\n    reason\n    text\n    amount\n    fundsKind\n    receivedOn\n    milestoneName\n    plannedOn\n    actualOn\n    issueId\n    issueTitle\n    resolution\n  }\n": typeof types.ProjectEventFieldsFragmentDoc,
    "\n  fragment CoordinationIssueFields on CoordinationIssue {\n    id\n    title\n    detail\n    status\n    fromUnit\n    raisedOn\n    dueOn\n    resolution\n    closedOn\n    reopenReason\n    fromDepartment {\n      id\n      name\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    closedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.CoordinationIssueFieldsFragmentDoc,
    "\n  fragment ProjectDetailFields on Project {\n    ...ProjectRowFields\n    codeName\n    chainId\n    companyId\n    leadId\n    ownerId\n    responsibleLeaderId\n    responsibleUnitId\n    foreignAmount\n    foreignCurrency\n    carrier\n    landAreaMu\n    floorSpaceM2\n    expectedOutput\n    expectedTax\n    expectedJobs\n    registeredCompanyName\n    registeredCreditCode\n    startedOn\n    productionOn\n    capacityOn\n    holdReason\n    dropReason\n    updatedAt\n    canEdit\n    canManageIssues\n    canEnterFunds\n    lead {\n      id\n      title\n      masked\n    }\n    createdBy {\n      id\n      displayName\n    }\n    updatedBy {\n      id\n      displayName\n    }\n    milestones {\n      id\n      name\n      plannedOn\n      actualOn\n    }\n  }\n": typeof types.ProjectDetailFieldsFragmentDoc,
    "\n  query ProjectBoard($input: ProjectBoardInput) {\n    projectBoard(input: $input) {\n      columns {\n        stage\n        count\n        totalAgreedInvestment\n        maskedCount\n        hasMore\n        projects {\n          ...ProjectCardFields\n        }\n      }\n    }\n  }\n": typeof types.ProjectBoardDocument,
    "\n  query Projects($input: ProjectListInput) {\n    projects(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...ProjectRowFields\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  fragment ProjectFundsFields on ProjectFunds {\n    id\n    amount\n    receivedOn\n    kind\n    sourceNote\n    enteredAt\n    enteredBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ProjectFundsFieldsFragmentDoc,
    "\n  query ProjectTimeline($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      timelineCount\n      timeline(limit: $limit, offset: $offset) {\n        ...ProjectEventFields\n      }\n    }\n  }\n": typeof types.ProjectTimelineDocument,
    "\n  query ProjectFunds($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      fundsCount\n      funds(limit: $limit, offset: $offset) {\n        ...ProjectFundsFields\n      }\n    }\n  }\n": typeof types.ProjectFundsDocument,
    "\n  query ProjectUpdates($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      updateCount\n      updates(limit: $limit, offset: $offset) {\n        id\n        text\n        createdOn\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ProjectUpdatesDocument,
    "\n  query ProjectIssues($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      issueCount\n      openIssueCount\n      issues(limit: $limit, offset: $offset) {\n        ...CoordinationIssueFields\n      }\n    }\n  }\n": typeof types.ProjectIssuesDocument,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  query ProjectPeople {\n    users {\n      id\n      displayName\n      role\n      active\n      departmentId\n    }\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.ProjectPeopleDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.MoveProjectStageDocument,
    "\n  mutation AddProjectFunds($input: AddProjectFundsInput!) {\n    addProjectFunds(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.AddProjectFundsDocument,
    "\n  mutation RemoveProjectFunds($fundsId: ID!) {\n    removeProjectFunds(fundsId: $fundsId) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.RemoveProjectFundsDocument,
    "\n  mutation AddProjectMilestone($input: AddProjectMilestoneInput!) {\n    addProjectMilestone(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.AddProjectMilestoneDocument,
    "\n  mutation UpdateProjectMilestone($input: UpdateProjectMilestoneInput!) {\n    updateProjectMilestone(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.UpdateProjectMilestoneDocument,
    "\n  mutation RemoveProjectMilestone($milestoneId: ID!) {\n    removeProjectMilestone(milestoneId: $milestoneId) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.RemoveProjectMilestoneDocument,
    "\n  mutation AddProjectUpdate($input: AddProjectUpdateInput!) {\n    addProjectUpdate(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.AddProjectUpdateDocument,
    "\n  mutation RaiseCoordinationIssue($input: RaiseCoordinationIssueInput!) {\n    raiseCoordinationIssue(input: $input) {\n      id\n      project {\n        ...ProjectDetailFields\n      }\n    }\n  }\n": typeof types.RaiseCoordinationIssueDocument,
    "\n  mutation MoveCoordinationIssue($input: MoveCoordinationIssueInput!) {\n    moveCoordinationIssue(input: $input) {\n      id\n      project {\n        ...ProjectDetailFields\n      }\n    }\n  }\n": typeof types.MoveCoordinationIssueDocument,
    "\n  query ProjectCounters($asOf: LocalDate!, $chainId: ID) {\n    projectCounters(asOf: $asOf, chainId: $chainId) {\n      asOf\n      signed\n      industrialisation\n      tier30Plus\n      tier10To30\n      signedAmount\n      fundsInPlace\n      targets {\n        industrialisation\n        tier30Plus\n        tier10To30\n      }\n    }\n  }\n": typeof types.ProjectCountersDocument,
};
const documents: Documents = {
    "\n  query AuditEntries($input: AuditEntriesInput) {\n    auditEntries(input: $input) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        operation\n        action\n        entityType\n        entityId\n        recordType\n        recordId\n        chainId\n        before\n        after\n        requestId\n        address\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  mutation ExportAuditEntries($input: AuditEntriesInput) {\n    exportAuditEntries(input: $input) {\n      fileName\n      contentBase64\n      rows\n      total\n      cap\n      capped\n    }\n  }\n": types.ExportAuditEntriesDocument,
    "\n  query RecycleBin($page: PageArgs) {\n    deletedCompanies(page: $page) {\n      total\n      items {\n        id\n        name\n        deletedAt\n        deletedById\n        mergedIntoId\n      }\n    }\n    deletedLeads(page: $page) {\n      total\n      items {\n        id\n        title\n        deletedAt\n        deletedById\n      }\n    }\n    deletedProjects(page: $page) {\n      total\n      items {\n        id\n        name\n        deletedAt\n        deletedById\n      }\n    }\n  }\n": types.RecycleBinDocument,
    "\n  mutation RestoreCompany($id: ID!) {\n    restoreCompany(id: $id) {\n      id\n    }\n  }\n": types.RestoreCompanyDocument,
    "\n  mutation RestoreLead($id: ID!) {\n    restoreLead(id: $id) {\n      id\n    }\n  }\n": types.RestoreLeadDocument,
    "\n  mutation RestoreProject($id: ID!) {\n    restoreProject(id: $id) {\n      id\n    }\n  }\n": types.RestoreProjectDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    role\n    roles\n    chainIds\n    active\n    mustChangePassword\n    lastSignInAt\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($filter: UserFilterInput) {\n    users(filter: $filter) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUserPage($filter: UserFilterInput, $page: PageArgs) {\n    userPage(filter: $filter, page: $page) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...AdminUserFields\n      }\n    }\n  }\n": types.AdminUserPageDocument,
    "\n  query AdminChains {\n    chains {\n      id\n      name\n    }\n  }\n": types.AdminChainsDocument,
    "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    active\n  }\n": types.AdminDepartmentFieldsFragmentDoc,
    "\n  query AdminDepartments($includeInactive: Boolean) {\n    departments(includeInactive: $includeInactive) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.AdminDepartmentsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...AdminUserFields\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      temporaryPassword\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation SetDepartmentActive($departmentId: ID!, $active: Boolean!) {\n    setDepartmentActive(departmentId: $departmentId, active: $active) {\n      ...AdminDepartmentFields\n    }\n  }\n": types.SetDepartmentActiveDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    roles\n    chainIds\n    mustChangePassword\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      refreshToken\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      refreshToken\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ChainMapNodeFields on MapNode {\n    id\n    parentId\n    name\n    description\n    position\n    status\n    statusSource\n    isHighEnd\n    isKey\n    industryCode\n    sortOrder\n    depth\n    version\n    anchorCompanies\n    localCompanies\n    targetCompanies\n    activeLeads\n    activeProjects\n    projectsByStage {\n      stage\n      count\n    }\n    isGap\n    isUncovered\n  }\n": types.ChainMapNodeFieldsFragmentDoc,
    "\n  query ChainMapPage($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      leaderId\n      leadDepartmentId\n    }\n    chainMap(chainId: $chainId) {\n      chainId\n      chainName\n      mapId\n      title\n      nodes {\n        ...ChainMapNodeFields\n      }\n      edges {\n        id\n        fromId\n        toId\n      }\n      summary {\n        nodes\n        strong\n        weak\n        missing\n        uncovered\n      }\n    }\n  }\n": types.ChainMapPageDocument,
    "\n  query ChainMapNode(\n    $id: ID!\n    $companiesLimit: Int\n    $companiesOffset: Int\n    $leadsLimit: Int\n    $leadsOffset: Int\n    $projectsLimit: Int\n    $projectsOffset: Int\n  ) {\n    chainNode(id: $id) {\n      id\n      name\n      description\n      status\n      position\n      isHighEnd\n      isKey\n      industryCode\n      version\n      companyCount\n      companies(limit: $companiesLimit, offset: $companiesOffset) {\n        id\n        role\n        company {\n          id\n          name\n          isLocal\n        }\n      }\n      leadCount\n      leads(limit: $leadsLimit, offset: $leadsOffset) {\n        id\n        title\n        status\n        company {\n          id\n          name\n        }\n      }\n      projectCount\n      projects(limit: $projectsLimit, offset: $projectsOffset) {\n        id\n        name\n        stage\n        investment\n        company {\n          id\n          name\n        }\n      }\n      policies {\n        id\n        title\n        documentNumber\n      }\n    }\n  }\n": types.ChainMapNodeDocument,
    "\n  mutation AddChainMapNode($input: AddChainNodeInput!) {\n    addChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.AddChainMapNodeDocument,
    "\n  mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {\n    updateChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateChainMapNodeDocument,
    "\n  mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {\n    deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)\n  }\n": types.DeleteChainMapNodeDocument,
    "\n  mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {\n    addChainEdge(fromId: $fromId, toId: $toId) {\n      id\n      fromId\n      toId\n    }\n  }\n": types.AddChainMapEdgeDocument,
    "\n  mutation DeleteChainMapEdge($edgeId: ID!) {\n    deleteChainEdge(edgeId: $edgeId)\n  }\n": types.DeleteChainMapEdgeDocument,
    "\n  query ChainsOverview {\n    chains {\n      id\n      name\n      track\n      leader {\n        id\n        displayName\n      }\n      leadDepartment {\n        id\n        name\n      }\n      map {\n        id\n        nodeCount\n      }\n      workPlan {\n        id\n        progress {\n          done\n          total\n          percent\n        }\n      }\n      policySet {\n        id\n        policies {\n          id\n        }\n      }\n      targets {\n        ...ChainTargetFields\n      }\n    }\n  }\n": types.ChainsOverviewDocument,
    "\n  fragment ChainTargetFields on ChainTarget {\n    id\n    metric\n    comparator\n    value\n    unit\n    year\n    quote\n    baselineValue\n    baselineYear\n  }\n": types.ChainTargetFieldsFragmentDoc,
    "\n  fragment WorkPlanTaskFields on WorkPlanTask {\n    id\n    title\n    description\n    status\n    dueDate\n    completedAt\n    sortOrder\n    isDemo\n    ownerDepartmentId\n    ownerDepartment {\n      id\n      name\n    }\n  }\n": types.WorkPlanTaskFieldsFragmentDoc,
    "\n  fragment PolicyFields on Policy {\n    id\n    title\n    documentNumber\n    issuer\n    validFrom\n    validTo\n    summary\n    isDemo\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  query ChainDetail($id: ID!) {\n    chain(id: $id) {\n      id\n      code\n      name\n      track\n      description\n      leaderId\n      leadDepartmentId\n      leader {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n      leadDepartment {\n        id\n        name\n        shortName\n      }\n      targets {\n        ...ChainTargetFields\n      }\n      map {\n        id\n        title\n        nodeCount\n        focusDirections {\n          id\n          name\n          description\n          sortOrder\n        }\n      }\n      workPlan {\n        id\n        title\n        progress {\n          done\n          total\n          percent\n        }\n        tasks {\n          ...WorkPlanTaskFields\n        }\n      }\n      policySet {\n        id\n        title\n        policies {\n          ...PolicyFields\n        }\n      }\n    }\n  }\n": types.ChainDetailDocument,
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
    "\n  query CompanyHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.CompanyHistoryDocument,
    "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": types.DeleteCompanyDocument,
    "\n  fragment CompanyTagFields on CompanyTag {\n    id\n    year\n    listId\n    list {\n      id\n      name\n      category\n      level\n    }\n  }\n": types.CompanyTagFieldsFragmentDoc,
    "\n  fragment CompanyRowFields on Company {\n    id\n    name\n    englishName\n    aliases\n    creditCode\n    province\n    city\n    headquarters\n    isListed\n    isLocal\n    openLeadCount\n    lastContactOn\n    updatedAt\n    tags {\n      ...CompanyTagFields\n    }\n  }\n": types.CompanyRowFieldsFragmentDoc,
    "\n  query Companies($input: CompanyListInput) {\n    companies(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...CompanyRowFields\n      }\n    }\n  }\n": types.CompaniesDocument,
    "\n  query CompanyDetail($id: ID!) {\n    company(id: $id) {\n      ...CompanyRowFields\n      version\n      nodes {\n        id\n        role\n        nodeId\n        node {\n          id\n          name\n        }\n        chain {\n          id\n          name\n        }\n      }\n      prospectCount\n      leadCount\n      projectCount\n      contactCount\n    }\n  }\n": types.CompanyDetailDocument,
    "\n  query CompanyLeads($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      leadCount\n      leads(limit: $limit, offset: $offset) {\n        ...LeadSummaryFields\n      }\n    }\n  }\n": types.CompanyLeadsDocument,
    "\n  query CompanyProspects($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      prospectCount\n      prospects(limit: $limit, offset: $offset) {\n        ...ProspectFields\n      }\n    }\n  }\n": types.CompanyProspectsDocument,
    "\n  query CompanyProjects($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      projectCount\n      projects(limit: $limit, offset: $offset) {\n        id\n        name\n        stage\n        investment\n        chainId\n      }\n    }\n  }\n": types.CompanyProjectsDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation MergeCompanies($input: MergeCompaniesInput!) {\n    mergeCompanies(input: $input) {\n      id\n      name\n    }\n  }\n": types.MergeCompaniesDocument,
    "\n  mutation SetCompanyNode($input: SetCompanyNodeInput!) {\n    setCompanyNode(input: $input) {\n      id\n      role\n    }\n  }\n": types.SetCompanyNodeDocument,
    "\n  mutation RemoveCompanyNode($companyId: ID!, $nodeId: ID!) {\n    removeCompanyNode(companyId: $companyId, nodeId: $nodeId)\n  }\n": types.RemoveCompanyNodeDocument,
    "\n  mutation AddCompanyTag($input: AddCompanyTagInput!) {\n    addCompanyTag(input: $input) {\n      ...CompanyTagFields\n    }\n  }\n": types.AddCompanyTagDocument,
    "\n  mutation RemoveCompanyTag($tagId: ID!) {\n    removeCompanyTag(tagId: $tagId)\n  }\n": types.RemoveCompanyTagDocument,
    "\n  fragment CompanyListFields on CompanyList {\n    id\n    name\n    category\n    level\n    publisher\n    tagCount\n  }\n": types.CompanyListFieldsFragmentDoc,
    "\n  query ManagedCompanyLists {\n    companyLists {\n      ...CompanyListFields\n    }\n  }\n": types.ManagedCompanyListsDocument,
    "\n  mutation CreateCompanyList($input: CreateCompanyListInput!) {\n    createCompanyList(input: $input) {\n      ...CompanyListFields\n    }\n  }\n": types.CreateCompanyListDocument,
    "\n  mutation UpdateCompanyList($input: UpdateCompanyListInput!) {\n    updateCompanyList(input: $input) {\n      ...CompanyListFields\n    }\n  }\n": types.UpdateCompanyListDocument,
    "\n  mutation DeleteCompanyList($listId: ID!) {\n    deleteCompanyList(listId: $listId)\n  }\n": types.DeleteCompanyListDocument,
    "\n  query CompanyLists {\n    companyLists {\n      id\n      name\n      category\n      level\n      publisher\n    }\n  }\n": types.CompanyListsDocument,
    "\n  fragment CrmChainFields on IndustryChain {\n    id\n    code\n    name\n    sortOrder\n    leaderId\n    leadDepartmentId\n  }\n": types.CrmChainFieldsFragmentDoc,
    "\n  query CrmChains {\n    chains {\n      ...CrmChainFields\n    }\n  }\n": types.CrmChainsDocument,
    "\n  query CrmChainNodes($chainId: ID!) {\n    chainMap(chainId: $chainId) {\n      chainId\n      nodes {\n        id\n        name\n        parentId\n        depth\n        sortOrder\n      }\n    }\n  }\n": types.CrmChainNodesDocument,
    "\n  query CrmUsers {\n    users {\n      id\n      displayName\n      role\n      roles\n      departmentId\n      chainIds\n      active\n    }\n  }\n": types.CrmUsersDocument,
    "\n  fragment LeadSummaryFields on Lead {\n    id\n    title\n    isDemo\n    masked\n    confidential\n    codeName\n    status\n    source\n    createdOn\n    nextAction\n    nextActionDue\n    intendedInvestment\n    canEdit\n    chain {\n      id\n      name\n    }\n    company {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    timing {\n      alerts\n      daysSinceContact\n      lastContactOn\n      stale\n      nextActionOverdue\n      nextActionDueToday\n      firstContactOverdue\n      assessmentOverdue\n    }\n  }\n": types.LeadSummaryFieldsFragmentDoc,
    "\n  fragment InteractionFields on Interaction {\n    id\n    type\n    occurredOn\n    ourPeople\n    theirPeople\n    summary\n    outcome\n    nextStep\n    createdAt\n    companyId\n    leadId\n    createdBy {\n      id\n      displayName\n    }\n    lead {\n      id\n      title\n      masked\n    }\n    company {\n      id\n      name\n    }\n  }\n": types.InteractionFieldsFragmentDoc,
    "\n  fragment ProspectFields on Prospect {\n    id\n    isDemo\n    priority\n    reason\n    companyId\n    nodeId\n    assigneeId\n    leadId\n    company {\n      id\n      name\n      city\n      isListed\n    }\n    node {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    lead {\n      id\n      title\n      masked\n      status\n    }\n  }\n": types.ProspectFieldsFragmentDoc,
    "\n  query CompanyOptions($input: CompanyListInput) {\n    companies(input: $input) {\n      total\n      items {\n        id\n        name\n        creditCode\n        city\n        aliases\n      }\n    }\n  }\n": types.CompanyOptionsDocument,
    "\n  query CompanyDuplicates($name: String!, $creditCode: String) {\n    companyDuplicates(name: $name, creditCode: $creditCode) {\n      reason\n      company {\n        id\n        name\n        creditCode\n        province\n        city\n      }\n    }\n  }\n": types.CompanyDuplicatesDocument,
    "\n  mutation AddInteraction($input: AddInteractionInput!) {\n    addInteraction(input: $input) {\n      id\n      leadId\n      companyId\n    }\n  }\n": types.AddInteractionDocument,
    "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      id\n    }\n  }\n": types.UpdateInteractionDocument,
    "\n  mutation DeleteInteraction($interactionId: ID!) {\n    deleteInteraction(interactionId: $interactionId)\n  }\n": types.DeleteInteractionDocument,
    "\n  query LeadContacts($id: ID!, $limit: Int!, $offset: Int!) {\n    lead(id: $id) {\n      id\n      contactCount\n      contacts(limit: $limit, offset: $offset) {\n        ...InteractionFields\n      }\n    }\n  }\n": types.LeadContactsDocument,
    "\n  query CompanyContacts($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      contactCount\n      contacts(limit: $limit, offset: $offset) {\n        ...InteractionFields\n      }\n    }\n  }\n": types.CompanyContactsDocument,
    "\n  mutation UpdateProspect($input: UpdateProspectInput!) {\n    updateProspect(input: $input) {\n      ...ProspectFields\n    }\n  }\n": types.UpdateProspectDocument,
    "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    tableKey\n    settings\n  }\n": types.SavedViewFieldsFragmentDoc,
    "\n  query SavedViews($tableKey: String) {\n    savedViews(tableKey: $tableKey) {\n      ...SavedViewFields\n    }\n  }\n": types.SavedViewsDocument,
    "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": types.CreateSavedViewDocument,
    "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n": types.UpdateSavedViewDocument,
    "\n  mutation DeleteSavedView($viewId: ID!) {\n    deleteSavedView(viewId: $viewId)\n  }\n": types.DeleteSavedViewDocument,
    "\n  query ExportColumns($table: ExportTable!) {\n    exportColumns(table: $table) {\n      key\n      label\n    }\n  }\n": types.ExportColumnsDocument,
    "\n  mutation ExportCompanies($input: CompanyListInput, $columns: [String!]!) {\n    exportCompanies(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n": types.ExportCompaniesDocument,
    "\n  mutation ExportLeads($input: LeadListInput, $columns: [String!]!) {\n    exportLeads(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n": types.ExportLeadsDocument,
    "\n  mutation ExportProspects($input: ProspectListInput, $columns: [String!]!) {\n    exportProspects(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n": types.ExportProspectsDocument,
    "\n  mutation ExportProjects($input: ProjectListInput, $columns: [String!]!) {\n    exportProjects(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n": types.ExportProjectsDocument,
    "\n  mutation PreviewImport($input: PreviewImportInput!) {\n    previewImport(input: $input) {\n      id\n      kind\n      fileName\n      totalRows\n      goodRows\n      badRows\n      toCreate\n      toUpdate\n      unchanged\n      problems {\n        row\n        column\n        message\n      }\n      headerRow\n      mappingSaved\n      needsMapping\n      columns {\n        index\n        letter\n        heading\n        field\n        suggestedField\n        origin\n        samples\n      }\n      fields {\n        field\n        label\n        required\n        derived\n      }\n      values {\n        field\n        label\n        column\n        mayLeaveToImporter\n        values {\n          value\n          rows\n          suggested\n          target\n          targetLabel\n        }\n        options {\n          target\n          label\n        }\n      }\n    }\n  }\n": types.PreviewImportDocument,
    "\n  mutation ConfirmImport($id: ID!, $mode: ImportMode!) {\n    confirmImport(id: $id, mode: $mode) {\n      id\n      created\n      updated\n      unchanged\n      skippedRows\n    }\n  }\n": types.ConfirmImportDocument,
    "\n  query ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      processed\n      total\n      done\n    }\n  }\n": types.ImportProgressDocument,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      id\n      processed\n      total\n      done\n      cancelled\n    }\n  }\n": types.CancelImportDocument,
    "\n  query Dashboard($asOf: LocalDate!, $chainId: ID, $includeDemo: Boolean) {\n    dashboard(asOf: $asOf, chainId: $chainId, includeDemo: $includeDemo) {\n      asOf\n      chainId\n      counters {\n        signed\n        industrialisation\n        tier30Plus\n        tier10To30\n        signedAmount\n        fundsInPlace\n        targets {\n          industrialisation\n          tier30Plus\n          tier10To30\n        }\n      }\n      periods {\n        kind\n        from\n        to\n        signed\n        industrialisation\n        industrialisationTarget\n        signedAmount\n        fundsInPlace\n      }\n      redProjects\n      yellowProjects\n      issues {\n        open\n        raisedThisYear\n        closedThisYear\n        closedOnTime\n        closureRatePercent\n      }\n      leadActivity {\n        userId\n        interactions\n        leads\n      }\n      land {\n        revitalisedMu\n        revitalisedParcels\n        targetMu\n        completionPercent\n        inProgressParcels\n        districtTotals {\n          id\n          parcels\n          areaMu\n          quote\n        }\n      }\n      buildings {\n        completed\n        target\n        vacantAreaM2\n      }\n      indicators {\n        name\n        unit\n        year\n        quarter\n        source\n        actual\n        actualText\n        actualYear\n        actualQuarter\n        sourceNote\n        expected\n        onPathPercent\n        completionPercent\n        onTrack\n        indicator {\n          id\n          code\n          category\n          baselineValue\n          baselineText\n          baselineYear\n          targetValue\n          targetText\n          targetYear\n          attribute\n        }\n        chainTarget {\n          id\n          metric\n          value\n          year\n          baselineValue\n          baselineYear\n          quote\n        }\n      }\n      demo {\n        projects\n        parcels\n        buildings\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardOpenIssues($asOf: LocalDate!, $chainId: ID, $offset: Int, $limit: Int) {\n    dashboardOpenIssues(asOf: $asOf, chainId: $chainId, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        title\n        status\n        raisedOn\n        dueOn\n        projectId\n        projectName\n      }\n    }\n  }\n": types.DashboardOpenIssuesDocument,
    "\n  query DashboardFunnel($input: ProjectBoardInput) {\n    projectBoard(input: $input) {\n      columns {\n        stage\n        count\n        totalAgreedInvestment\n        maskedCount\n      }\n    }\n  }\n": types.DashboardFunnelDocument,
    "\n  query DashboardPlaces {\n    landParcels {\n      id\n      name\n      areaMu\n      status\n      revitalisedOn\n      isDemo\n    }\n    placeBuildings {\n      id\n      name\n      work\n      workCompletedOn\n      floorAreaM2\n      vacantAreaM2\n      isDemo\n    }\n  }\n": types.DashboardPlacesDocument,
    "\n  query DashboardIndicatorActuals($indicatorId: ID, $chainTargetId: ID) {\n    indicatorActuals(indicatorId: $indicatorId, chainTargetId: $chainTargetId) {\n      id\n      year\n      quarter\n      value\n      valueText\n      sourceNote\n      enteredAt\n    }\n  }\n": types.DashboardIndicatorActualsDocument,
    "\n  fragment RankingLineFields on RankingLine {\n    subjectId\n    subjectName\n    score\n    rank\n    figures {\n      signedCount\n      signedCountTarget\n      signedAmount\n      signedAmountTarget\n      fundsInPlace\n      fundsInPlaceTarget\n      startsDue\n      startsOnTime\n      issuesDue\n      issuesClosedOnTime\n      interactions\n    }\n    weights {\n      signedCount\n      signedAmount\n      fundsInPlace\n      startedOnTime\n      issuesClosedOnTime\n      leadActivity\n    }\n  }\n": types.RankingLineFieldsFragmentDoc,
    "\n  query Ranking($month: String!, $kind: String!) {\n    ranking(month: $month, kind: $kind) {\n      month\n      kind\n      published\n      lines {\n        ...RankingLineFields\n      }\n    }\n    publishedRankingMonths\n  }\n": types.RankingDocument,
    "\n  mutation PublishRanking($month: String!) {\n    publishRanking(month: $month) {\n      month\n      kind\n      published\n    }\n  }\n": types.PublishRankingDocument,
    "\n  mutation RankingQuarterReport($year: Int!, $quarter: Int!) {\n    rankingQuarterReport(year: $year, quarter: $quarter) {\n      fileName\n      contentBase64\n    }\n  }\n": types.RankingQuarterReportDocument,
    "\n  mutation DeleteLead($id: ID!) {\n    deleteLead(id: $id)\n  }\n": types.DeleteLeadDocument,
    "\n  query LeadHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    lead(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.LeadHistoryDocument,
    "\n  query Leads($input: LeadListInput) {\n    leads(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...LeadSummaryFields\n        updatedAt\n      }\n    }\n  }\n": types.LeadsDocument,
    "\n  fragment LeadDetailFields on Lead {\n    ...LeadSummaryFields\n    version\n    chainId\n    companyId\n    ownerId\n    closeReason\n    createdAt\n    updatedAt\n    projectId\n    project {\n      id\n      name\n      stage\n    }\n    prospect {\n      id\n    }\n    nodes {\n      id\n      name\n    }\n    timing {\n      alerts\n      firstContactDue\n      firstContactOn\n      firstContactOverdue\n      assessmentDue\n      assessedOn\n      assessmentOverdue\n      lastContactOn\n      daysSinceContact\n      nextActionOverdue\n      nextActionDueToday\n      stale\n    }\n    contactCount\n  }\n": types.LeadDetailFieldsFragmentDoc,
    "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetailFields\n    }\n  }\n": types.LeadDetailDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateLeadDocument,
    "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": types.UpdateLeadDocument,
    "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": types.MoveLeadDocument,
    "\n  mutation ConvertLeadToProject($input: ConvertLeadInput!) {\n    convertLeadToProject(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n": types.ConvertLeadToProjectDocument,
    "\n  fragment WorkSummaryFields on WorkSummary {\n    today\n    chain {\n      id\n      name\n    }\n    rules {\n      firstContactWorkingDays\n      assessmentWorkingDays\n      staleDays\n    }\n    limit\n    attention\n    leads {\n      ...LeadSummaryFields\n    }\n    openLeads {\n      total\n      leadIds\n    }\n    dueToday {\n      total\n      leadIds\n    }\n    overdueNextActions {\n      total\n      leadIds\n    }\n    firstContactOverdue {\n      total\n      leadIds\n    }\n    assessmentOverdue {\n      total\n      leadIds\n    }\n    stale {\n      total\n      leadIds\n    }\n    prospects {\n      total\n      items {\n        ...ProspectFields\n      }\n    }\n  }\n": types.WorkSummaryFieldsFragmentDoc,
    "\n  query MyWork {\n    myWork {\n      ...WorkSummaryFields\n    }\n  }\n": types.MyWorkDocument,
    "\n  query ChainWork($chainId: ID!) {\n    chainWork(chainId: $chainId) {\n      ...WorkSummaryFields\n    }\n  }\n": types.ChainWorkDocument,
    "\n  query Prospects($input: ProspectListInput) {\n    prospects(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...ProspectFields\n      }\n    }\n  }\n": types.ProspectsDocument,
    "\n  mutation AddProspect($input: AddProspectInput!) {\n    addProspect(input: $input) {\n      ...ProspectFields\n    }\n  }\n": types.AddProspectDocument,
    "\n  mutation RemoveProspect($prospectId: ID!) {\n    removeProspect(prospectId: $prospectId)\n  }\n": types.RemoveProspectDocument,
    "\n  mutation ConvertProspectToLead($input: ConvertProspectInput!) {\n    convertProspectToLead(input: $input) {\n      id\n      title\n    }\n  }\n": types.ConvertProspectToLeadDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      query\n      words\n      groups {\n        kind\n        hasMore\n        hits {\n          id\n          kind\n          title\n          titleHighlights {\n            start\n            length\n          }\n          detail\n          detailHighlights {\n            start\n            length\n          }\n          company {\n            id\n          }\n          lead {\n            id\n            masked\n            status\n          }\n          contact {\n            id\n            leadId\n            companyId\n            occurredOn\n            type\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  mutation UpdateLeadTimeRules($input: UpdateLeadTimeRulesInput!) {\n    updateLeadTimeRules(input: $input) {\n      firstContactWorkingDays\n      assessmentWorkingDays\n      staleDays\n    }\n  }\n": types.UpdateLeadTimeRulesDocument,
    "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    title\n    heldOn\n    place\n    status\n    allChains\n    isDemo\n    periodFrom\n    periodTo\n    chains {\n      id\n      name\n    }\n    chair {\n      id\n      displayName\n    }\n  }\n": types.MeetingSummaryFieldsFragmentDoc,
    "\n  query Meetings($chainId: ID, $page: PageArgs) {\n    meetings(chainId: $chainId, page: $page) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...MeetingSummaryFields\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  fragment MeetingItemFields on MeetingItem {\n    id\n    position\n    kind\n    refKind\n    refId\n    projectId\n    title\n    summary\n    carriedCount\n    discussion\n    decisions\n  }\n": types.MeetingItemFieldsFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingSummaryFields\n      frozen\n      canManage\n      canRecord\n      attendees {\n        id\n        guestName\n        guestUnit\n        user {\n          id\n          displayName\n        }\n      }\n      items {\n        ...MeetingItemFields\n      }\n      actions {\n        id\n        itemId\n        text\n        dueOn\n        status\n        doneOn\n        issueId\n        owner {\n          id\n          displayName\n        }\n      }\n      closures {\n        id\n        itemId\n        issueId\n        resolution\n        closedOn\n      }\n      figures {\n        issueClosure {\n          closed\n          total\n          percent\n        }\n        actionsOnTime {\n          onTime\n          due\n          percent\n        }\n        projectsMoved\n        signed\n        signedAmount\n      }\n    }\n  }\n": types.MeetingDocument,
    "\n  query PresenterProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      stage\n      light\n      agreedInvestment\n      fundsInPlace\n      owner {\n        id\n        displayName\n      }\n      chain {\n        id\n        name\n      }\n      latestUpdate {\n        text\n        createdOn\n      }\n    }\n  }\n": types.PresenterProjectDocument,
    "\n  query MeetingPeople {\n    users {\n      id\n      displayName\n      active\n    }\n    chains {\n      id\n      name\n    }\n  }\n": types.MeetingPeopleDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation CreateMeetingFromPrevious($input: CreateMeetingFromPreviousInput!) {\n    createMeetingFromPrevious(input: $input) {\n      id\n    }\n  }\n": types.CreateMeetingFromPreviousDocument,
    "\n  mutation ReorderMeetingItems($input: ReorderMeetingItemsInput!) {\n    reorderMeetingItems(input: $input) {\n      id\n    }\n  }\n": types.ReorderMeetingItemsDocument,
    "\n  mutation RemoveMeetingItem($itemId: ID!) {\n    removeMeetingItem(itemId: $itemId) {\n      id\n    }\n  }\n": types.RemoveMeetingItemDocument,
    "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addMeetingItem(input: $input) {\n      id\n    }\n  }\n": types.AddMeetingItemDocument,
    "\n  mutation RecordMeetingItem($input: RecordMeetingItemInput!) {\n    recordMeetingItem(input: $input) {\n      id\n    }\n  }\n": types.RecordMeetingItemDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation CompleteActionItem($actionId: ID!) {\n    completeActionItem(actionId: $actionId) {\n      id\n      status\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation CloseOutIssueAtMeeting($input: CloseOutIssueInput!) {\n    closeOutIssueAtMeeting(input: $input) {\n      id\n    }\n  }\n": types.CloseOutIssueAtMeetingDocument,
    "\n  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {\n    setMeetingStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.SetMeetingStatusDocument,
    "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      fileName\n      contentBase64\n    }\n  }\n": types.MeetingMinutesDocument,
    "\n  query MeetingLedger($meetingId: ID!) {\n    meetingLedger(meetingId: $meetingId) {\n      fileName\n      contentBase64\n    }\n  }\n": types.MeetingLedgerDocument,
    "\n  query MyActionItems($limit: Int) {\n    myActionItems(limit: $limit) {\n      id\n      text\n      dueOn\n      status\n      issueId\n      issueTitle\n      meeting {\n        id\n        title\n        heldOn\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n": types.DeleteProjectDocument,
    "\n  query ProjectHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    project(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ProjectHistoryDocument,
    "\n  fragment ProjectCardFields on Project {\n    id\n    name\n    masked\n    confidential\n    isDemo\n    type\n    stage\n    stageOn\n    heldFrom\n    agreedInvestment\n    tier\n    light\n    lightRule {\n      code\n      days\n      milestone\n    }\n    version\n    canMoveStage\n    chain {\n      id\n      name\n    }\n    company {\n      id\n      name\n      creditCode\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": types.ProjectCardFieldsFragmentDoc,
    "\n  fragment ProjectRowFields on Project {\n    ...ProjectCardFields\n    signedOn\n    createdOn\n    lastUpdateOn\n    fundsInPlace\n    fundsInPlacePercent\n    openIssueCount\n    nodes {\n      id\n      name\n    }\n    responsibleLeader {\n      id\n      displayName\n    }\n    responsibleUnit {\n      id\n      name\n    }\n    latestUpdate {\n      id\n      text\n      createdOn\n    }\n  }\n": types.ProjectRowFieldsFragmentDoc,
    "\n  fragment ProjectEventFields on ProjectEvent {\n    id\n    kind\n    at\n    actor {\n      id\n      displayName\n    }\n    changes {\n      field\n      from\n      to\n    }\n    fromStage\n    toStage\n    effectiveOn\n    note\n    reason\n    text\n    amount\n    fundsKind\n    receivedOn\n    milestoneName\n    plannedOn\n    actualOn\n    issueId\n    issueTitle\n    resolution\n  }\n": types.ProjectEventFieldsFragmentDoc,
    "\n  fragment CoordinationIssueFields on CoordinationIssue {\n    id\n    title\n    detail\n    status\n    fromUnit\n    raisedOn\n    dueOn\n    resolution\n    closedOn\n    reopenReason\n    fromDepartment {\n      id\n      name\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    closedBy {\n      id\n      displayName\n    }\n  }\n": types.CoordinationIssueFieldsFragmentDoc,
    "\n  fragment ProjectDetailFields on Project {\n    ...ProjectRowFields\n    codeName\n    chainId\n    companyId\n    leadId\n    ownerId\n    responsibleLeaderId\n    responsibleUnitId\n    foreignAmount\n    foreignCurrency\n    carrier\n    landAreaMu\n    floorSpaceM2\n    expectedOutput\n    expectedTax\n    expectedJobs\n    registeredCompanyName\n    registeredCreditCode\n    startedOn\n    productionOn\n    capacityOn\n    holdReason\n    dropReason\n    updatedAt\n    canEdit\n    canManageIssues\n    canEnterFunds\n    lead {\n      id\n      title\n      masked\n    }\n    createdBy {\n      id\n      displayName\n    }\n    updatedBy {\n      id\n      displayName\n    }\n    milestones {\n      id\n      name\n      plannedOn\n      actualOn\n    }\n  }\n": types.ProjectDetailFieldsFragmentDoc,
    "\n  query ProjectBoard($input: ProjectBoardInput) {\n    projectBoard(input: $input) {\n      columns {\n        stage\n        count\n        totalAgreedInvestment\n        maskedCount\n        hasMore\n        projects {\n          ...ProjectCardFields\n        }\n      }\n    }\n  }\n": types.ProjectBoardDocument,
    "\n  query Projects($input: ProjectListInput) {\n    projects(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...ProjectRowFields\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  fragment ProjectFundsFields on ProjectFunds {\n    id\n    amount\n    receivedOn\n    kind\n    sourceNote\n    enteredAt\n    enteredBy {\n      id\n      displayName\n    }\n  }\n": types.ProjectFundsFieldsFragmentDoc,
    "\n  query ProjectTimeline($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      timelineCount\n      timeline(limit: $limit, offset: $offset) {\n        ...ProjectEventFields\n      }\n    }\n  }\n": types.ProjectTimelineDocument,
    "\n  query ProjectFunds($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      fundsCount\n      funds(limit: $limit, offset: $offset) {\n        ...ProjectFundsFields\n      }\n    }\n  }\n": types.ProjectFundsDocument,
    "\n  query ProjectUpdates($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      updateCount\n      updates(limit: $limit, offset: $offset) {\n        id\n        text\n        createdOn\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ProjectUpdatesDocument,
    "\n  query ProjectIssues($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      issueCount\n      openIssueCount\n      issues(limit: $limit, offset: $offset) {\n        ...CoordinationIssueFields\n      }\n    }\n  }\n": types.ProjectIssuesDocument,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetailFields\n    }\n  }\n": types.ProjectDocument,
    "\n  query ProjectPeople {\n    users {\n      id\n      displayName\n      role\n      active\n      departmentId\n    }\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n": types.ProjectPeopleDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.MoveProjectStageDocument,
    "\n  mutation AddProjectFunds($input: AddProjectFundsInput!) {\n    addProjectFunds(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.AddProjectFundsDocument,
    "\n  mutation RemoveProjectFunds($fundsId: ID!) {\n    removeProjectFunds(fundsId: $fundsId) {\n      ...ProjectDetailFields\n    }\n  }\n": types.RemoveProjectFundsDocument,
    "\n  mutation AddProjectMilestone($input: AddProjectMilestoneInput!) {\n    addProjectMilestone(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.AddProjectMilestoneDocument,
    "\n  mutation UpdateProjectMilestone($input: UpdateProjectMilestoneInput!) {\n    updateProjectMilestone(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.UpdateProjectMilestoneDocument,
    "\n  mutation RemoveProjectMilestone($milestoneId: ID!) {\n    removeProjectMilestone(milestoneId: $milestoneId) {\n      ...ProjectDetailFields\n    }\n  }\n": types.RemoveProjectMilestoneDocument,
    "\n  mutation AddProjectUpdate($input: AddProjectUpdateInput!) {\n    addProjectUpdate(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.AddProjectUpdateDocument,
    "\n  mutation RaiseCoordinationIssue($input: RaiseCoordinationIssueInput!) {\n    raiseCoordinationIssue(input: $input) {\n      id\n      project {\n        ...ProjectDetailFields\n      }\n    }\n  }\n": types.RaiseCoordinationIssueDocument,
    "\n  mutation MoveCoordinationIssue($input: MoveCoordinationIssueInput!) {\n    moveCoordinationIssue(input: $input) {\n      id\n      project {\n        ...ProjectDetailFields\n      }\n    }\n  }\n": types.MoveCoordinationIssueDocument,
    "\n  query ProjectCounters($asOf: LocalDate!, $chainId: ID) {\n    projectCounters(asOf: $asOf, chainId: $chainId) {\n      asOf\n      signed\n      industrialisation\n      tier30Plus\n      tier10To30\n      signedAmount\n      fundsInPlace\n      targets {\n        industrialisation\n        tier30Plus\n        tier10To30\n      }\n    }\n  }\n": types.ProjectCountersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($input: AuditEntriesInput) {\n    auditEntries(input: $input) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        operation\n        action\n        entityType\n        entityId\n        recordType\n        recordId\n        chainId\n        before\n        after\n        requestId\n        address\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportAuditEntries($input: AuditEntriesInput) {\n    exportAuditEntries(input: $input) {\n      fileName\n      contentBase64\n      rows\n      total\n      cap\n      capped\n    }\n  }\n"): typeof import('./graphql').ExportAuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecycleBin($page: PageArgs) {\n    deletedCompanies(page: $page) {\n      total\n      items {\n        id\n        name\n        deletedAt\n        deletedById\n        mergedIntoId\n      }\n    }\n    deletedLeads(page: $page) {\n      total\n      items {\n        id\n        title\n        deletedAt\n        deletedById\n      }\n    }\n    deletedProjects(page: $page) {\n      total\n      items {\n        id\n        name\n        deletedAt\n        deletedById\n      }\n    }\n  }\n"): typeof import('./graphql').RecycleBinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCompany($id: ID!) {\n    restoreCompany(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RestoreCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreLead($id: ID!) {\n    restoreLead(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RestoreLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreProject($id: ID!) {\n    restoreProject(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RestoreProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    username\n    displayName\n    role\n    roles\n    chainIds\n    active\n    mustChangePassword\n    lastSignInAt\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilterInput) {\n    users(filter: $filter) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserPage($filter: UserFilterInput, $page: PageArgs) {\n    userPage(filter: $filter, page: $page) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...AdminUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUserPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChains {\n    chains {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminDepartmentFields on Department {\n    id\n    name\n    shortName\n    active\n  }\n"): typeof import('./graphql').AdminDepartmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDepartments($includeInactive: Boolean) {\n    departments(includeInactive: $includeInactive) {\n      ...AdminDepartmentFields\n    }\n  }\n"): typeof import('./graphql').AdminDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      temporaryPassword\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql').SetUserActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetPasswordInput!) {\n    resetUserPassword(input: $input) {\n      temporaryPassword\n      user {\n        ...AdminUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n"): typeof import('./graphql').CreateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...AdminDepartmentFields\n    }\n  }\n"): typeof import('./graphql').UpdateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDepartmentActive($departmentId: ID!, $active: Boolean!) {\n    setDepartmentActive(departmentId: $departmentId, active: $active) {\n      ...AdminDepartmentFields\n    }\n  }\n"): typeof import('./graphql').SetDepartmentActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    username\n    displayName\n    role\n    roles\n    chainIds\n    mustChangePassword\n    departmentId\n    department {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CurrentUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      refreshToken\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      refreshToken\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainMapNodeFields on MapNode {\n    id\n    parentId\n    name\n    description\n    position\n    status\n    statusSource\n    isHighEnd\n    isKey\n    industryCode\n    sortOrder\n    depth\n    version\n    anchorCompanies\n    localCompanies\n    targetCompanies\n    activeLeads\n    activeProjects\n    projectsByStage {\n      stage\n      count\n    }\n    isGap\n    isUncovered\n  }\n"): typeof import('./graphql').ChainMapNodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMapPage($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      name\n      leaderId\n      leadDepartmentId\n    }\n    chainMap(chainId: $chainId) {\n      chainId\n      chainName\n      mapId\n      title\n      nodes {\n        ...ChainMapNodeFields\n      }\n      edges {\n        id\n        fromId\n        toId\n      }\n      summary {\n        nodes\n        strong\n        weak\n        missing\n        uncovered\n      }\n    }\n  }\n"): typeof import('./graphql').ChainMapPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMapNode(\n    $id: ID!\n    $companiesLimit: Int\n    $companiesOffset: Int\n    $leadsLimit: Int\n    $leadsOffset: Int\n    $projectsLimit: Int\n    $projectsOffset: Int\n  ) {\n    chainNode(id: $id) {\n      id\n      name\n      description\n      status\n      position\n      isHighEnd\n      isKey\n      industryCode\n      version\n      companyCount\n      companies(limit: $companiesLimit, offset: $companiesOffset) {\n        id\n        role\n        company {\n          id\n          name\n          isLocal\n        }\n      }\n      leadCount\n      leads(limit: $leadsLimit, offset: $leadsOffset) {\n        id\n        title\n        status\n        company {\n          id\n          name\n        }\n      }\n      projectCount\n      projects(limit: $projectsLimit, offset: $projectsOffset) {\n        id\n        name\n        stage\n        investment\n        company {\n          id\n          name\n        }\n      }\n      policies {\n        id\n        title\n        documentNumber\n      }\n    }\n  }\n"): typeof import('./graphql').ChainMapNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChainMapNode($input: AddChainNodeInput!) {\n    addChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').AddChainMapNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {\n    updateChainNode(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateChainMapNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {\n    deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)\n  }\n"): typeof import('./graphql').DeleteChainMapNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {\n    addChainEdge(fromId: $fromId, toId: $toId) {\n      id\n      fromId\n      toId\n    }\n  }\n"): typeof import('./graphql').AddChainMapEdgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChainMapEdge($edgeId: ID!) {\n    deleteChainEdge(edgeId: $edgeId)\n  }\n"): typeof import('./graphql').DeleteChainMapEdgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainsOverview {\n    chains {\n      id\n      name\n      track\n      leader {\n        id\n        displayName\n      }\n      leadDepartment {\n        id\n        name\n      }\n      map {\n        id\n        nodeCount\n      }\n      workPlan {\n        id\n        progress {\n          done\n          total\n          percent\n        }\n      }\n      policySet {\n        id\n        policies {\n          id\n        }\n      }\n      targets {\n        ...ChainTargetFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChainsOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainTargetFields on ChainTarget {\n    id\n    metric\n    comparator\n    value\n    unit\n    year\n    quote\n    baselineValue\n    baselineYear\n  }\n"): typeof import('./graphql').ChainTargetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkPlanTaskFields on WorkPlanTask {\n    id\n    title\n    description\n    status\n    dueDate\n    completedAt\n    sortOrder\n    isDemo\n    ownerDepartmentId\n    ownerDepartment {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').WorkPlanTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on Policy {\n    id\n    title\n    documentNumber\n    issuer\n    validFrom\n    validTo\n    summary\n    isDemo\n  }\n"): typeof import('./graphql').PolicyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainDetail($id: ID!) {\n    chain(id: $id) {\n      id\n      code\n      name\n      track\n      description\n      leaderId\n      leadDepartmentId\n      leader {\n        id\n        displayName\n        role\n        department {\n          id\n          name\n        }\n      }\n      leadDepartment {\n        id\n        name\n        shortName\n      }\n      targets {\n        ...ChainTargetFields\n      }\n      map {\n        id\n        title\n        nodeCount\n        focusDirections {\n          id\n          name\n          description\n          sortOrder\n        }\n      }\n      workPlan {\n        id\n        title\n        progress {\n          done\n          total\n          percent\n        }\n        tasks {\n          ...WorkPlanTaskFields\n        }\n      }\n      policySet {\n        id\n        title\n        policies {\n          ...PolicyFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChainDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderCandidates($roles: [Role!]) {\n    users(roles: $roles) {\n      id\n      displayName\n      role\n      active\n    }\n  }\n"): typeof import('./graphql').LeaderCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignChainLeader($chainId: ID!, $leaderId: ID!) {\n    reassignChainLeader(chainId: $chainId, leaderId: $leaderId) {\n      id\n      leaderId\n    }\n  }\n"): typeof import('./graphql').ReassignChainLeaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignChainLeadDepartment($chainId: ID!, $departmentId: ID!) {\n    reassignChainLeadDepartment(chainId: $chainId, departmentId: $departmentId) {\n      id\n      leadDepartmentId\n    }\n  }\n"): typeof import('./graphql').ReassignChainLeadDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkPlanTask($input: AddTaskInput!) {\n    addWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n"): typeof import('./graphql').AddWorkPlanTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkPlanTask($input: UpdateTaskInput!) {\n    updateWorkPlanTask(input: $input) {\n      ...WorkPlanTaskFields\n    }\n  }\n"): typeof import('./graphql').UpdateWorkPlanTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkPlanTask($taskId: ID!) {\n    deleteWorkPlanTask(taskId: $taskId)\n  }\n"): typeof import('./graphql').DeleteWorkPlanTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPolicy($input: AddPolicyInput!) {\n    addPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): typeof import('./graphql').AddPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): typeof import('./graphql').UpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePolicy($policyId: ID!) {\n    deletePolicy(policyId: $policyId)\n  }\n"): typeof import('./graphql').DeletePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n"): typeof import('./graphql').DeleteCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyTagFields on CompanyTag {\n    id\n    year\n    listId\n    list {\n      id\n      name\n      category\n      level\n    }\n  }\n"): typeof import('./graphql').CompanyTagFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyRowFields on Company {\n    id\n    name\n    englishName\n    aliases\n    creditCode\n    province\n    city\n    headquarters\n    isListed\n    isLocal\n    openLeadCount\n    lastContactOn\n    updatedAt\n    tags {\n      ...CompanyTagFields\n    }\n  }\n"): typeof import('./graphql').CompanyRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($input: CompanyListInput) {\n    companies(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...CompanyRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDetail($id: ID!) {\n    company(id: $id) {\n      ...CompanyRowFields\n      version\n      nodes {\n        id\n        role\n        nodeId\n        node {\n          id\n          name\n        }\n        chain {\n          id\n          name\n        }\n      }\n      prospectCount\n      leadCount\n      projectCount\n      contactCount\n    }\n  }\n"): typeof import('./graphql').CompanyDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyLeads($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      leadCount\n      leads(limit: $limit, offset: $offset) {\n        ...LeadSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyProspects($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      prospectCount\n      prospects(limit: $limit, offset: $offset) {\n        ...ProspectFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyProspectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyProjects($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      projectCount\n      projects(limit: $limit, offset: $offset) {\n        id\n        name\n        stage\n        investment\n        chainId\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($input: UpdateCompanyInput!) {\n    updateCompany(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCompanies($input: MergeCompaniesInput!) {\n    mergeCompanies(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MergeCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompanyNode($input: SetCompanyNodeInput!) {\n    setCompanyNode(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').SetCompanyNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCompanyNode($companyId: ID!, $nodeId: ID!) {\n    removeCompanyNode(companyId: $companyId, nodeId: $nodeId)\n  }\n"): typeof import('./graphql').RemoveCompanyNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCompanyTag($input: AddCompanyTagInput!) {\n    addCompanyTag(input: $input) {\n      ...CompanyTagFields\n    }\n  }\n"): typeof import('./graphql').AddCompanyTagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCompanyTag($tagId: ID!) {\n    removeCompanyTag(tagId: $tagId)\n  }\n"): typeof import('./graphql').RemoveCompanyTagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyListFields on CompanyList {\n    id\n    name\n    category\n    level\n    publisher\n    tagCount\n  }\n"): typeof import('./graphql').CompanyListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedCompanyLists {\n    companyLists {\n      ...CompanyListFields\n    }\n  }\n"): typeof import('./graphql').ManagedCompanyListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompanyList($input: CreateCompanyListInput!) {\n    createCompanyList(input: $input) {\n      ...CompanyListFields\n    }\n  }\n"): typeof import('./graphql').CreateCompanyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompanyList($input: UpdateCompanyListInput!) {\n    updateCompanyList(input: $input) {\n      ...CompanyListFields\n    }\n  }\n"): typeof import('./graphql').UpdateCompanyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCompanyList($listId: ID!) {\n    deleteCompanyList(listId: $listId)\n  }\n"): typeof import('./graphql').DeleteCompanyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyLists {\n    companyLists {\n      id\n      name\n      category\n      level\n      publisher\n    }\n  }\n"): typeof import('./graphql').CompanyListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrmChainFields on IndustryChain {\n    id\n    code\n    name\n    sortOrder\n    leaderId\n    leadDepartmentId\n  }\n"): typeof import('./graphql').CrmChainFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmChains {\n    chains {\n      ...CrmChainFields\n    }\n  }\n"): typeof import('./graphql').CrmChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmChainNodes($chainId: ID!) {\n    chainMap(chainId: $chainId) {\n      chainId\n      nodes {\n        id\n        name\n        parentId\n        depth\n        sortOrder\n      }\n    }\n  }\n"): typeof import('./graphql').CrmChainNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmUsers {\n    users {\n      id\n      displayName\n      role\n      roles\n      departmentId\n      chainIds\n      active\n    }\n  }\n"): typeof import('./graphql').CrmUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadSummaryFields on Lead {\n    id\n    title\n    isDemo\n    masked\n    confidential\n    codeName\n    status\n    source\n    createdOn\n    nextAction\n    nextActionDue\n    intendedInvestment\n    canEdit\n    chain {\n      id\n      name\n    }\n    company {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    timing {\n      alerts\n      daysSinceContact\n      lastContactOn\n      stale\n      nextActionOverdue\n      nextActionDueToday\n      firstContactOverdue\n      assessmentOverdue\n    }\n  }\n"): typeof import('./graphql').LeadSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InteractionFields on Interaction {\n    id\n    type\n    occurredOn\n    ourPeople\n    theirPeople\n    summary\n    outcome\n    nextStep\n    createdAt\n    companyId\n    leadId\n    createdBy {\n      id\n      displayName\n    }\n    lead {\n      id\n      title\n      masked\n    }\n    company {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').InteractionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProspectFields on Prospect {\n    id\n    isDemo\n    priority\n    reason\n    companyId\n    nodeId\n    assigneeId\n    leadId\n    company {\n      id\n      name\n      city\n      isListed\n    }\n    node {\n      id\n      name\n    }\n    chain {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    lead {\n      id\n      title\n      masked\n      status\n    }\n  }\n"): typeof import('./graphql').ProspectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyOptions($input: CompanyListInput) {\n    companies(input: $input) {\n      total\n      items {\n        id\n        name\n        creditCode\n        city\n        aliases\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyDuplicates($name: String!, $creditCode: String) {\n    companyDuplicates(name: $name, creditCode: $creditCode) {\n      reason\n      company {\n        id\n        name\n        creditCode\n        province\n        city\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInteraction($input: AddInteractionInput!) {\n    addInteraction(input: $input) {\n      id\n      leadId\n      companyId\n    }\n  }\n"): typeof import('./graphql').AddInteractionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateInteractionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInteraction($interactionId: ID!) {\n    deleteInteraction(interactionId: $interactionId)\n  }\n"): typeof import('./graphql').DeleteInteractionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadContacts($id: ID!, $limit: Int!, $offset: Int!) {\n    lead(id: $id) {\n      id\n      contactCount\n      contacts(limit: $limit, offset: $offset) {\n        ...InteractionFields\n      }\n    }\n  }\n"): typeof import('./graphql').LeadContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyContacts($id: ID!, $limit: Int!, $offset: Int!) {\n    company(id: $id) {\n      id\n      contactCount\n      contacts(limit: $limit, offset: $offset) {\n        ...InteractionFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProspect($input: UpdateProspectInput!) {\n    updateProspect(input: $input) {\n      ...ProspectFields\n    }\n  }\n"): typeof import('./graphql').UpdateProspectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedViewFields on SavedView {\n    id\n    name\n    tableKey\n    settings\n  }\n"): typeof import('./graphql').SavedViewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews($tableKey: String) {\n    savedViews(tableKey: $tableKey) {\n      ...SavedViewFields\n    }\n  }\n"): typeof import('./graphql').SavedViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"): typeof import('./graphql').CreateSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      ...SavedViewFields\n    }\n  }\n"): typeof import('./graphql').UpdateSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedView($viewId: ID!) {\n    deleteSavedView(viewId: $viewId)\n  }\n"): typeof import('./graphql').DeleteSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportColumns($table: ExportTable!) {\n    exportColumns(table: $table) {\n      key\n      label\n    }\n  }\n"): typeof import('./graphql').ExportColumnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCompanies($input: CompanyListInput, $columns: [String!]!) {\n    exportCompanies(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportLeads($input: LeadListInput, $columns: [String!]!) {\n    exportLeads(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportProspects($input: ProspectListInput, $columns: [String!]!) {\n    exportProspects(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportProspectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportProjects($input: ProjectListInput, $columns: [String!]!) {\n    exportProjects(input: $input, columns: $columns) {\n      fileName\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewImport($input: PreviewImportInput!) {\n    previewImport(input: $input) {\n      id\n      kind\n      fileName\n      totalRows\n      goodRows\n      badRows\n      toCreate\n      toUpdate\n      unchanged\n      problems {\n        row\n        column\n        message\n      }\n      headerRow\n      mappingSaved\n      needsMapping\n      columns {\n        index\n        letter\n        heading\n        field\n        suggestedField\n        origin\n        samples\n      }\n      fields {\n        field\n        label\n        required\n        derived\n      }\n      values {\n        field\n        label\n        column\n        mayLeaveToImporter\n        values {\n          value\n          rows\n          suggested\n          target\n          targetLabel\n        }\n        options {\n          target\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PreviewImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmImport($id: ID!, $mode: ImportMode!) {\n    confirmImport(id: $id, mode: $mode) {\n      id\n      created\n      updated\n      unchanged\n      skippedRows\n    }\n  }\n"): typeof import('./graphql').ConfirmImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      processed\n      total\n      done\n    }\n  }\n"): typeof import('./graphql').ImportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      id\n      processed\n      total\n      done\n      cancelled\n    }\n  }\n"): typeof import('./graphql').CancelImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($asOf: LocalDate!, $chainId: ID, $includeDemo: Boolean) {\n    dashboard(asOf: $asOf, chainId: $chainId, includeDemo: $includeDemo) {\n      asOf\n      chainId\n      counters {\n        signed\n        industrialisation\n        tier30Plus\n        tier10To30\n        signedAmount\n        fundsInPlace\n        targets {\n          industrialisation\n          tier30Plus\n          tier10To30\n        }\n      }\n      periods {\n        kind\n        from\n        to\n        signed\n        industrialisation\n        industrialisationTarget\n        signedAmount\n        fundsInPlace\n      }\n      redProjects\n      yellowProjects\n      issues {\n        open\n        raisedThisYear\n        closedThisYear\n        closedOnTime\n        closureRatePercent\n      }\n      leadActivity {\n        userId\n        interactions\n        leads\n      }\n      land {\n        revitalisedMu\n        revitalisedParcels\n        targetMu\n        completionPercent\n        inProgressParcels\n        districtTotals {\n          id\n          parcels\n          areaMu\n          quote\n        }\n      }\n      buildings {\n        completed\n        target\n        vacantAreaM2\n      }\n      indicators {\n        name\n        unit\n        year\n        quarter\n        source\n        actual\n        actualText\n        actualYear\n        actualQuarter\n        sourceNote\n        expected\n        onPathPercent\n        completionPercent\n        onTrack\n        indicator {\n          id\n          code\n          category\n          baselineValue\n          baselineText\n          baselineYear\n          targetValue\n          targetText\n          targetYear\n          attribute\n        }\n        chainTarget {\n          id\n          metric\n          value\n          year\n          baselineValue\n          baselineYear\n          quote\n        }\n      }\n      demo {\n        projects\n        parcels\n        buildings\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOpenIssues($asOf: LocalDate!, $chainId: ID, $offset: Int, $limit: Int) {\n    dashboardOpenIssues(asOf: $asOf, chainId: $chainId, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        title\n        status\n        raisedOn\n        dueOn\n        projectId\n        projectName\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardOpenIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFunnel($input: ProjectBoardInput) {\n    projectBoard(input: $input) {\n      columns {\n        stage\n        count\n        totalAgreedInvestment\n        maskedCount\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardFunnelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPlaces {\n    landParcels {\n      id\n      name\n      areaMu\n      status\n      revitalisedOn\n      isDemo\n    }\n    placeBuildings {\n      id\n      name\n      work\n      workCompletedOn\n      floorAreaM2\n      vacantAreaM2\n      isDemo\n    }\n  }\n"): typeof import('./graphql').DashboardPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndicatorActuals($indicatorId: ID, $chainTargetId: ID) {\n    indicatorActuals(indicatorId: $indicatorId, chainTargetId: $chainTargetId) {\n      id\n      year\n      quarter\n      value\n      valueText\n      sourceNote\n      enteredAt\n    }\n  }\n"): typeof import('./graphql').DashboardIndicatorActualsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RankingLineFields on RankingLine {\n    subjectId\n    subjectName\n    score\n    rank\n    figures {\n      signedCount\n      signedCountTarget\n      signedAmount\n      signedAmountTarget\n      fundsInPlace\n      fundsInPlaceTarget\n      startsDue\n      startsOnTime\n      issuesDue\n      issuesClosedOnTime\n      interactions\n    }\n    weights {\n      signedCount\n      signedAmount\n      fundsInPlace\n      startedOnTime\n      issuesClosedOnTime\n      leadActivity\n    }\n  }\n"): typeof import('./graphql').RankingLineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ranking($month: String!, $kind: String!) {\n    ranking(month: $month, kind: $kind) {\n      month\n      kind\n      published\n      lines {\n        ...RankingLineFields\n      }\n    }\n    publishedRankingMonths\n  }\n"): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRanking($month: String!) {\n    publishRanking(month: $month) {\n      month\n      kind\n      published\n    }\n  }\n"): typeof import('./graphql').PublishRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RankingQuarterReport($year: Int!, $quarter: Int!) {\n    rankingQuarterReport(year: $year, quarter: $quarter) {\n      fileName\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').RankingQuarterReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLead($id: ID!) {\n    deleteLead(id: $id)\n  }\n"): typeof import('./graphql').DeleteLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    lead(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeadHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads($input: LeadListInput) {\n    leads(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...LeadSummaryFields\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').LeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadDetailFields on Lead {\n    ...LeadSummaryFields\n    version\n    chainId\n    companyId\n    ownerId\n    closeReason\n    createdAt\n    updatedAt\n    projectId\n    project {\n      id\n      name\n      stage\n    }\n    prospect {\n      id\n    }\n    nodes {\n      id\n      name\n    }\n    timing {\n      alerts\n      firstContactDue\n      firstContactOn\n      firstContactOverdue\n      assessmentDue\n      assessedOn\n      assessmentOverdue\n      lastContactOn\n      daysSinceContact\n      nextActionOverdue\n      nextActionDueToday\n      stale\n    }\n    contactCount\n  }\n"): typeof import('./graphql').LeadDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      ...LeadDetailFields\n    }\n  }\n"): typeof import('./graphql').LeadDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"): typeof import('./graphql').UpdateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"): typeof import('./graphql').MoveLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLeadToProject($input: ConvertLeadInput!) {\n    convertLeadToProject(input: $input) {\n      ...LeadDetailFields\n    }\n  }\n"): typeof import('./graphql').ConvertLeadToProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkSummaryFields on WorkSummary {\n    today\n    chain {\n      id\n      name\n    }\n    rules {\n      firstContactWorkingDays\n      assessmentWorkingDays\n      staleDays\n    }\n    limit\n    attention\n    leads {\n      ...LeadSummaryFields\n    }\n    openLeads {\n      total\n      leadIds\n    }\n    dueToday {\n      total\n      leadIds\n    }\n    overdueNextActions {\n      total\n      leadIds\n    }\n    firstContactOverdue {\n      total\n      leadIds\n    }\n    assessmentOverdue {\n      total\n      leadIds\n    }\n    stale {\n      total\n      leadIds\n    }\n    prospects {\n      total\n      items {\n        ...ProspectFields\n      }\n    }\n  }\n"): typeof import('./graphql').WorkSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork {\n    myWork {\n      ...WorkSummaryFields\n    }\n  }\n"): typeof import('./graphql').MyWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainWork($chainId: ID!) {\n    chainWork(chainId: $chainId) {\n      ...WorkSummaryFields\n    }\n  }\n"): typeof import('./graphql').ChainWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Prospects($input: ProspectListInput) {\n    prospects(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...ProspectFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProspectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProspect($input: AddProspectInput!) {\n    addProspect(input: $input) {\n      ...ProspectFields\n    }\n  }\n"): typeof import('./graphql').AddProspectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProspect($prospectId: ID!) {\n    removeProspect(prospectId: $prospectId)\n  }\n"): typeof import('./graphql').RemoveProspectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertProspectToLead($input: ConvertProspectInput!) {\n    convertProspectToLead(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').ConvertProspectToLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      query\n      words\n      groups {\n        kind\n        hasMore\n        hits {\n          id\n          kind\n          title\n          titleHighlights {\n            start\n            length\n          }\n          detail\n          detailHighlights {\n            start\n            length\n          }\n          company {\n            id\n          }\n          lead {\n            id\n            masked\n            status\n          }\n          contact {\n            id\n            leadId\n            companyId\n            occurredOn\n            type\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeadTimeRules($input: UpdateLeadTimeRulesInput!) {\n    updateLeadTimeRules(input: $input) {\n      firstContactWorkingDays\n      assessmentWorkingDays\n      staleDays\n    }\n  }\n"): typeof import('./graphql').UpdateLeadTimeRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    title\n    heldOn\n    place\n    status\n    allChains\n    isDemo\n    periodFrom\n    periodTo\n    chains {\n      id\n      name\n    }\n    chair {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').MeetingSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($chainId: ID, $page: PageArgs) {\n    meetings(chainId: $chainId, page: $page) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...MeetingSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingItemFields on MeetingItem {\n    id\n    position\n    kind\n    refKind\n    refId\n    projectId\n    title\n    summary\n    carriedCount\n    discussion\n    decisions\n  }\n"): typeof import('./graphql').MeetingItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingSummaryFields\n      frozen\n      canManage\n      canRecord\n      attendees {\n        id\n        guestName\n        guestUnit\n        user {\n          id\n          displayName\n        }\n      }\n      items {\n        ...MeetingItemFields\n      }\n      actions {\n        id\n        itemId\n        text\n        dueOn\n        status\n        doneOn\n        issueId\n        owner {\n          id\n          displayName\n        }\n      }\n      closures {\n        id\n        itemId\n        issueId\n        resolution\n        closedOn\n      }\n      figures {\n        issueClosure {\n          closed\n          total\n          percent\n        }\n        actionsOnTime {\n          onTime\n          due\n          percent\n        }\n        projectsMoved\n        signed\n        signedAmount\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresenterProject($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      stage\n      light\n      agreedInvestment\n      fundsInPlace\n      owner {\n        id\n        displayName\n      }\n      chain {\n        id\n        name\n      }\n      latestUpdate {\n        text\n        createdOn\n      }\n    }\n  }\n"): typeof import('./graphql').PresenterProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPeople {\n    users {\n      id\n      displayName\n      active\n    }\n    chains {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MeetingPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeetingFromPrevious($input: CreateMeetingFromPreviousInput!) {\n    createMeetingFromPrevious(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateMeetingFromPreviousDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderMeetingItems($input: ReorderMeetingItemsInput!) {\n    reorderMeetingItems(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReorderMeetingItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMeetingItem($itemId: ID!) {\n    removeMeetingItem(itemId: $itemId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveMeetingItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addMeetingItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddMeetingItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeetingItem($input: RecordMeetingItemInput!) {\n    recordMeetingItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordMeetingItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($actionId: ID!) {\n    completeActionItem(actionId: $actionId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteActionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOutIssueAtMeeting($input: CloseOutIssueInput!) {\n    closeOutIssueAtMeeting(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseOutIssueAtMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {\n    setMeetingStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SetMeetingStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMinutes($meetingId: ID!) {\n    meetingMinutes(meetingId: $meetingId) {\n      fileName\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').MeetingMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingLedger($meetingId: ID!) {\n    meetingLedger(meetingId: $meetingId) {\n      fileName\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').MeetingLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems($limit: Int) {\n    myActionItems(limit: $limit) {\n      id\n      text\n      dueOn\n      status\n      issueId\n      issueTitle\n      meeting {\n        id\n        title\n        heldOn\n      }\n      project {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MyActionItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n"): typeof import('./graphql').DeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHistory($id: ID!, $limit: Int!, $offset: Int!) {\n    project(id: $id) {\n      id\n      historyCount\n      history(limit: $limit, offset: $offset) {\n        id\n        at\n        action\n        operation\n        entityType\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectCardFields on Project {\n    id\n    name\n    masked\n    confidential\n    isDemo\n    type\n    stage\n    stageOn\n    heldFrom\n    agreedInvestment\n    tier\n    light\n    lightRule {\n      code\n      days\n      milestone\n    }\n    version\n    canMoveStage\n    chain {\n      id\n      name\n    }\n    company {\n      id\n      name\n      creditCode\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ProjectCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRowFields on Project {\n    ...ProjectCardFields\n    signedOn\n    createdOn\n    lastUpdateOn\n    fundsInPlace\n    fundsInPlacePercent\n    openIssueCount\n    nodes {\n      id\n      name\n    }\n    responsibleLeader {\n      id\n      displayName\n    }\n    responsibleUnit {\n      id\n      name\n    }\n    latestUpdate {\n      id\n      text\n      createdOn\n    }\n  }\n"): typeof import('./graphql').ProjectRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectEventFields on ProjectEvent {\n    id\n    kind\n    at\n    actor {\n      id\n      displayName\n    }\n    changes {\n      field\n      from\n      to\n    }\n    fromStage\n    toStage\n    effectiveOn\n    note\n    reason\n    text\n    amount\n    fundsKind\n    receivedOn\n    milestoneName\n    plannedOn\n    actualOn\n    issueId\n    issueTitle\n    resolution\n  }\n"): typeof import('./graphql').ProjectEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoordinationIssueFields on CoordinationIssue {\n    id\n    title\n    detail\n    status\n    fromUnit\n    raisedOn\n    dueOn\n    resolution\n    closedOn\n    reopenReason\n    fromDepartment {\n      id\n      name\n    }\n    raisedBy {\n      id\n      displayName\n    }\n    closedBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CoordinationIssueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetailFields on Project {\n    ...ProjectRowFields\n    codeName\n    chainId\n    companyId\n    leadId\n    ownerId\n    responsibleLeaderId\n    responsibleUnitId\n    foreignAmount\n    foreignCurrency\n    carrier\n    landAreaMu\n    floorSpaceM2\n    expectedOutput\n    expectedTax\n    expectedJobs\n    registeredCompanyName\n    registeredCreditCode\n    startedOn\n    productionOn\n    capacityOn\n    holdReason\n    dropReason\n    updatedAt\n    canEdit\n    canManageIssues\n    canEnterFunds\n    lead {\n      id\n      title\n      masked\n    }\n    createdBy {\n      id\n      displayName\n    }\n    updatedBy {\n      id\n      displayName\n    }\n    milestones {\n      id\n      name\n      plannedOn\n      actualOn\n    }\n  }\n"): typeof import('./graphql').ProjectDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectBoard($input: ProjectBoardInput) {\n    projectBoard(input: $input) {\n      columns {\n        stage\n        count\n        totalAgreedInvestment\n        maskedCount\n        hasMore\n        projects {\n          ...ProjectCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($input: ProjectListInput) {\n    projects(input: $input) {\n      total\n      totalCapped\n      offset\n      limit\n      items {\n        ...ProjectRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFundsFields on ProjectFunds {\n    id\n    amount\n    receivedOn\n    kind\n    sourceNote\n    enteredAt\n    enteredBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ProjectFundsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectTimeline($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      timelineCount\n      timeline(limit: $limit, offset: $offset) {\n        ...ProjectEventFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFunds($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      fundsCount\n      funds(limit: $limit, offset: $offset) {\n        ...ProjectFundsFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectFundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectUpdates($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      updateCount\n      updates(limit: $limit, offset: $offset) {\n        id\n        text\n        createdOn\n        createdAt\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectIssues($id: ID!, $limit: Int, $offset: Int) {\n    project(id: $id) {\n      id\n      issueCount\n      openIssueCount\n      issues(limit: $limit, offset: $offset) {\n        ...CoordinationIssueFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').ProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPeople {\n    users {\n      id\n      displayName\n      role\n      active\n      departmentId\n    }\n    departments {\n      id\n      name\n      shortName\n    }\n  }\n"): typeof import('./graphql').ProjectPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').UpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveProjectStage($input: MoveProjectStageInput!) {\n    moveProjectStage(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').MoveProjectStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProjectFunds($input: AddProjectFundsInput!) {\n    addProjectFunds(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').AddProjectFundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProjectFunds($fundsId: ID!) {\n    removeProjectFunds(fundsId: $fundsId) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').RemoveProjectFundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProjectMilestone($input: AddProjectMilestoneInput!) {\n    addProjectMilestone(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').AddProjectMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProjectMilestone($input: UpdateProjectMilestoneInput!) {\n    updateProjectMilestone(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').UpdateProjectMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProjectMilestone($milestoneId: ID!) {\n    removeProjectMilestone(milestoneId: $milestoneId) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').RemoveProjectMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProjectUpdate($input: AddProjectUpdateInput!) {\n    addProjectUpdate(input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').AddProjectUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseCoordinationIssue($input: RaiseCoordinationIssueInput!) {\n    raiseCoordinationIssue(input: $input) {\n      id\n      project {\n        ...ProjectDetailFields\n      }\n    }\n  }\n"): typeof import('./graphql').RaiseCoordinationIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCoordinationIssue($input: MoveCoordinationIssueInput!) {\n    moveCoordinationIssue(input: $input) {\n      id\n      project {\n        ...ProjectDetailFields\n      }\n    }\n  }\n"): typeof import('./graphql').MoveCoordinationIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectCounters($asOf: LocalDate!, $chainId: ID) {\n    projectCounters(asOf: $asOf, chainId: $chainId) {\n      asOf\n      signed\n      industrialisation\n      tier30Plus\n      tier10To30\n      signedAmount\n      fundsInPlace\n      targets {\n        industrialisation\n        tier30Plus\n        tier10To30\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectCountersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
