import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainsModule } from '@chainboard/server-chains';
import { ProjectsModule } from '@chainboard/server-projects';
import { PLACE_ENTITIES } from './place.entities';
import { PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

/** The district's places: zones, buildings, land parcels and the plan's land totals. */
@Module({
  imports: [TypeOrmModule.forFeature(PLACE_ENTITIES), ChainsModule, ProjectsModule],
  providers: [PlacesService, PlacesResolver],
  exports: [PlacesService],
})
export class PlacesModule {}
