import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CHAIN_ENTITIES } from './entities';
import { ChainMapResolver, ChainsResolver, WorkPlanResolver } from './chains.resolver';
import { ChainsService } from './chains.service';
import { ChainMapService } from './chain-map.service';
import { ChainNodeResolver } from './chain-map.resolver';

@Module({
  imports: [TypeOrmModule.forFeature(CHAIN_ENTITIES)],
  providers: [ChainsService, ChainMapService, ChainsResolver, WorkPlanResolver, ChainMapResolver, ChainNodeResolver],
  exports: [ChainsService, ChainMapService],
})
export class ChainsModule {}
