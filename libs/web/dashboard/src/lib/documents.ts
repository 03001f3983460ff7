import { graphql } from '@chainboard/web-graphql';

/** The leaders' dashboard (驾驶舱) of the district or of one chain on a day: its figures (the records behind them are read on drill-down). */
export const dashboardQuery = graphql(`
  query Dashboard($asOf: LocalDate!, $chainId: ID, $includeDemo: Boolean) {
    dashboard(asOf: $asOf, chainId: $chainId, includeDemo: $includeDemo) {
      asOf
      chainId
      counters {
        signed
        industrialisation
        tier30Plus
        tier10To30
        signedAmount
        fundsInPlace
        targets {
          industrialisation
          tier30Plus
          tier10To30
        }
      }
      periods {
        kind
        from
        to
        signed
        industrialisation
        industrialisationTarget
        signedAmount
        fundsInPlace
      }
      redProjects
      yellowProjects
      issues {
        open
        raisedThisYear
        closedThisYear
        closedOnTime
        closureRatePercent
      }
      leadActivity {
        userId
        interactions
        leads
      }
      land {
        revitalisedMu
        revitalisedParcels
        targetMu
        completionPercent
        inProgressParcels
        districtTotals {
          id
          parcels
          areaMu
          quote
        }
      }
      buildings {
        completed
        target
        vacantAreaM2
      }
      indicators {
        name
        unit
        year
        quarter
        source
        actual
        actualText
        actualYear
        actualQuarter
        sourceNote
        expected
        onPathPercent
        completionPercent
        onTrack
        indicator {
          id
          code
          category
          baselineValue
          baselineText
          baselineYear
          targetValue
          targetText
          targetYear
          attribute
        }
        chainTarget {
          id
          metric
          value
          year
          baselineValue
          baselineYear
          quote
        }
      }
      demo {
        projects
        parcels
        buildings
      }
    }
  }
`);

/** A page of the open coordination issues behind the dashboard's figure, read when the list is opened. */
export const dashboardOpenIssuesQuery = graphql(`
  query DashboardOpenIssues($asOf: LocalDate!, $chainId: ID, $offset: Int, $limit: Int) {
    dashboardOpenIssues(asOf: $asOf, chainId: $chainId, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        title
        status
        raisedOn
        dueOn
        projectId
        projectName
      }
    }
  }
`);

/** The pipeline funnel: per stage the count and the agreed investment (the kanban's columns, the ledger's filters). */
export const dashboardFunnelQuery = graphql(`
  query DashboardFunnel($input: ProjectBoardInput) {
    projectBoard(input: $input) {
      columns {
        stage
        count
        totalAgreedInvestment
        maskedCount
      }
    }
  }
`);

/** The land ledger and the buildings behind the land and building figures. */
export const dashboardPlacesQuery = graphql(`
  query DashboardPlaces {
    landParcels {
      id
      name
      areaMu
      status
      revitalisedOn
      isDemo
    }
    placeBuildings {
      id
      name
      work
      workCompletedOn
      floorAreaM2
      vacantAreaM2
      isDemo
    }
  }
`);

/** The actuals entered for an indicator or a chain target, behind an indicator's figure. */
export const indicatorActualsQuery = graphql(`
  query DashboardIndicatorActuals($indicatorId: ID, $chainTargetId: ID) {
    indicatorActuals(indicatorId: $indicatorId, chainTargetId: $chainTargetId) {
      id
      year
      quarter
      value
      valueText
      sourceNote
      enteredAt
    }
  }
`);

export const rankingLineFields = graphql(`
  fragment RankingLineFields on RankingLine {
    subjectId
    subjectName
    score
    rank
    figures {
      signedCount
      signedCountTarget
      signedAmount
      signedAmountTarget
      fundsInPlace
      fundsInPlaceTarget
      startsDue
      startsOnTime
      issuesDue
      issuesClosedOnTime
      interactions
    }
    weights {
      signedCount
      signedAmount
      fundsInPlace
      startedOnTime
      issuesClosedOnTime
      leadActivity
    }
  }
`);

/** A month's ranking of chains or of lead departments: frozen once published. */
export const rankingQuery = graphql(`
  query Ranking($month: String!, $kind: String!) {
    ranking(month: $month, kind: $kind) {
      month
      kind
      published
      lines {
        ...RankingLineFields
      }
    }
    publishedRankingMonths
  }
`);

export const publishRankingMutation = graphql(`
  mutation PublishRanking($month: String!) {
    publishRanking(month: $month) {
      month
      kind
      published
    }
  }
`);

export const rankingQuarterReportMutation = graphql(`
  mutation RankingQuarterReport($year: Int!, $quarter: Int!) {
    rankingQuarterReport(year: $year, quarter: $quarter) {
      fileName
      contentBase64
    }
  }
`);
