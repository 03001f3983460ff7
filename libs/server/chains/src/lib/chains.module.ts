import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CHAIN_ENTITIES } from './entities';
import { ChainFieldsResolver, ChainMapResolver, ChainsResolver, PolicySetResolver, WorkPlanResolver } from './chains.resolver';
import { ChainLoaders } from './chain-loaders';
import { ChainsService } from './chains.service';
import { ChainMapService } from './chain-map.service';
import { ChainNodeOccupants } from './chain-node-occupants';
import { ChainNodeResolver } from './chain-map.resolver';

@Module({
  imports: [TypeOrmModule.forFeature(CHAIN_ENTITIES)],
  providers: [ChainsService, ChainMapService, ChainNodeOccupants, ChainLoaders, ChainsResolver, ChainFieldsResolver, WorkPlanResolver, PolicySetResolver, ChainMapResolver, ChainNodeResolver],
  exports: [ChainsService, ChainMapService, ChainLoaders, ChainNodeOccupants],
})
export class ChainsModule {}
