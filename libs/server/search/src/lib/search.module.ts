import { Module } from '@nestjs/common';
import { LeadsModule } from '@chainboard/server-leads';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/**
 * The one search box: company names and aliases, lead titles and contact summaries, through the tokens and folded
 * texts those features keep on their rows; leads and contacts as the reader may see them (LeadAccess).
 */
@Module({
  imports: [LeadsModule],
  providers: [SearchService, SearchResolver],
  exports: [SearchService],
})
export class SearchModule {}
