import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CHAIN_ENTITIES } from './entities';
import { ChainMapResolver, ChainsResolver, WorkPlanResolver } from './chains.resolver';
import { ChainsService } from './chains.service';

@Module({
  imports: [TypeOrmModule.forFeature(CHAIN_ENTITIES)],
  providers: [ChainsService, ChainsResolver, WorkPlanResolver, ChainMapResolver],
  exports: [ChainsService],
})
export class ChainsModule {}
